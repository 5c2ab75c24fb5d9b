/**
 * The background's answer to `listening/analyze`: check the sender, validate, run the engine.
 * Nothing thrown escapes; a refusal or a failure comes back as a reason the sidebar can log.
 */
import type { Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import { describeIssue } from '../messaging/messages';
import { contentScriptPage } from '../messaging/sender';
import { failure, ok } from '../result';
import { analyzeReply, prepareLexicon, replySignals, restatementCoverage } from '../listening';
import { ListeningAnalyzeSchema, ListeningWakeSchema, type ListeningRequest, type ListeningResponse, type ListeningResult, type ListeningWakeResponse } from './messages';

export function analyzeForSidebar(request: ListeningRequest): ListeningResult {
  const { reply, customer, earlier, subject, channel, restatement, settings } = request;
  // A restatement restates the ticket's problem: its subject and the customer's latest message.
  const problem = subject && subject.trim() !== '' ? `${subject.trim()}\n\n${customer}` : customer;
  return {
    analysis: analyzeReply(reply, { customerMessage: customer, earlierCustomerMessages: earlier, settings, ...(channel ? { channel } : {}) }),
    restated: restatementCoverage(problem, restatement, settings),
    replied: restatementCoverage(problem, reply, settings),
    signals: replySignals(reply),
  };
}

/** `listening/wake`: starting the worker was the point; the engine's shared lexicon is built now, not on the first reading. */
export function handleListeningWake(input: unknown, sender: Runtime.MessageSender, extensionId: string): ListeningWakeResponse {
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  if (!v.is(ListeningWakeSchema, input)) return failure('invalid', "expected { type: 'listening/wake' }");
  prepareLexicon();
  return ok();
}

export function handleListeningMessage(input: unknown, sender: Runtime.MessageSender, extensionId: string): ListeningResponse {
  // Our own content script, in a tab's top frame (where the sidebar lives); nobody else asks.
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  const parsed = v.safeParse(ListeningAnalyzeSchema, input);
  if (!parsed.success) return failure('invalid', describeIssue(parsed.issues[0]));
  try {
    return ok({ result: analyzeForSidebar(parsed.output) });
  } catch (error) {
    return failure('engine', error instanceof Error ? error.message : String(error));
  }
}
