/**
 * The sidebar asks the background to read the reply: the listening engine runs there, off the
 * helpdesk page's main thread and out of the injected script. One request carries everything the
 * sidebar shows from the engine; the answer is plain data.
 */
import * as v from 'valibot';
import { CHANNELS, HINT_CATEGORIES } from '../listening/types';
import type { ReplyAnalysis, ReplySignals, RestatementCoverage } from '../listening/types';
import type { Failure, Ok } from '../result';
import { PLAYBOOK_LIMITS } from '../playbooks/playbook-schema';
import { MAX_REQUEST_EARLIER, MAX_REQUEST_TEXT } from './limits';

const text = v.pipe(v.string(), v.maxLength(MAX_REQUEST_TEXT));
const term = v.pipe(v.string(), v.maxLength(PLAYBOOK_LIMITS.termChars));

export const ListeningAnalyzeSchema = v.object({
  type: v.literal('listening/analyze'),
  reply: text,
  /** The customer's latest message, and earlier ones (oldest first). */
  customer: text,
  earlier: v.pipe(v.array(text), v.maxLength(MAX_REQUEST_EARLIER)),
  /** The ticket's subject, in the customer's words where they wrote it: the problem at a glance. */
  subject: v.optional(text),
  /** The channel the latest customer message came by, where the helpdesk shows it. */
  channel: v.optional(v.picklist(CHANNELS)),
  restatement: text,
  settings: v.object({
    disabledCategories: v.pipe(v.array(v.picklist(HINT_CATEGORIES)), v.maxLength(HINT_CATEGORIES.length)),
    /** Optional: a sidebar from before the update sends none, and gets the defaults. */
    enabledCategories: v.optional(v.pipe(v.array(v.picklist(HINT_CATEGORIES)), v.maxLength(HINT_CATEGORIES.length))),
    termPairs: v.pipe(v.array(v.object({ customer: term, ours: term })), v.maxLength(PLAYBOOK_LIMITS.termPairs)),
    jargon: v.pipe(v.array(term), v.maxLength(PLAYBOOK_LIMITS.jargonWords)),
  }),
});

export type ListeningRequest = v.InferOutput<typeof ListeningAnalyzeSchema>;

/**
 * The sidebar's "the agent is about to write": sent when they focus or start typing in the reply or
 * the restatement after a while without asking anything, so a worker Chrome stopped while they
 * read is started, and the engine ready, by the time the first reading is asked for.
 */
export const ListeningWakeSchema = v.object({ type: v.literal('listening/wake') });
export type ListeningWake = v.InferOutput<typeof ListeningWakeSchema>;
export type ListeningWakeResponse = Ok | Failure<'invalid' | 'forbidden'>;

/** What the sidebar shows from the engine for one state of the reply and restatement. */
export interface ListeningResult {
  analysis: ReplyAnalysis;
  /** The customer's key terms against the restatement, and against the reply. */
  restated: RestatementCoverage;
  replied: RestatementCoverage;
  signals: ReplySignals;
}

export type ListeningResponse = Ok<{ result: ListeningResult }> | Failure<'invalid' | 'forbidden' | 'engine'>;
