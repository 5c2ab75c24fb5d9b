/**
 * The background's answer to draft messages: validate, check the sender, then store. Content scripts
 * send `draft/…`; the extension's pages send `storage/…` (health, reset). Nothing thrown escapes:
 * every failure comes back as a value the sender can show.
 */
import type { Runtime } from 'webextension-polyfill';
import { parseContentMessage, type DraftResponse } from '../messaging/messages';
import type { BackgroundHandlers, BackgroundMessageType, StorageAnswer } from '../messaging/message-map';
import { parsePageMessage } from '../messaging/page-messages';
import { senderMayAccessTicket, type CustomOriginLookup } from '../messaging/sender';
import { failure } from '../result';
import type { ListenFirstDatabase } from './db';
import { clearSentReply, holdCopy, loadDraft, saveDraft } from './draft-store';
import { describeStorageError } from './storage-errors';
import { checkStorageHealth, resetDraftDatabase } from './storage-health';

type DraftMessageType = Extract<BackgroundMessageType, `draft/${string}`>;
type StorageMessageType = Extract<BackgroundMessageType, `storage/${string}`>;

/** The background's handlers for `draft/…` (content scripts) and `storage/…` (the extension's pages). */
export function draftHandlers(
  db: ListenFirstDatabase,
  extensionId: string,
  extensionOrigin: string,
  /** Helpdesks on teams' own domains, for content scripts registered there. */
  customOrigin?: CustomOriginLookup,
): Pick<BackgroundHandlers, DraftMessageType | StorageMessageType> {
  const drafts = (input: unknown, sender: Runtime.MessageSender) => handleDraftMessage(db, input, sender, extensionId, customOrigin);
  const storage = (input: unknown, sender: Runtime.MessageSender) => handleStorageMessage(db, input, sender, extensionId, extensionOrigin);
  return { 'draft/load': drafts, 'draft/save': drafts, 'draft/hold': drafts, 'draft/reply-sent': drafts, 'storage/health': storage, 'storage/reset': storage };
}

export async function handleDraftMessage(
  db: ListenFirstDatabase,
  input: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  customOrigin?: CustomOriginLookup,
): Promise<DraftResponse> {
  try {
    return await handleContentMessage(db, input, sender, extensionId, customOrigin);
  } catch (error) {
    // A check that threw is still an answer: the caller keeps its text and retries.
    return failure('storage', describeStorageError(error));
  }
}

export async function handleStorageMessage(
  db: ListenFirstDatabase,
  input: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): Promise<StorageAnswer> {
  try {
    const parsed = parsePageMessage(input, sender, extensionId, extensionOrigin);
    if (!parsed.ok) return parsed;
    switch (parsed.message.type) {
      case 'storage/health':
        return await checkStorageHealth(db);
      case 'storage/reset':
        return await resetDraftDatabase(db);
    }
  } catch (error) {
    return failure('storage', describeStorageError(error));
  }
}

async function handleContentMessage(
  db: ListenFirstDatabase,
  input: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  customOrigin?: CustomOriginLookup,
): Promise<DraftResponse> {
  const parsed = parseContentMessage(input);
  if (!parsed.ok) return parsed;
  const { message } = parsed;
  const allowed = await senderMayAccessTicket(sender, message.ticket, extensionId, customOrigin);
  if (!allowed.ok) return allowed;
  const action = message.type === 'draft/load' ? 'load' : 'save';
  try {
    // A database whose open failed stays failed in Dexie until opened again: retry on each message.
    if (!db.isOpen()) await db.open();
  } catch (error) {
    return failure('storage', describeStorageError(error, action, true));
  }
  try {
    switch (message.type) {
      case 'draft/load':
        return { ok: true, draft: await loadDraft(db, message.ticket.key) };
      case 'draft/save':
        return await saveDraft(db, message);
      case 'draft/hold':
        return await holdCopy(db, message);
      case 'draft/reply-sent':
        return await clearSentReply(db, message.ticket.key);
    }
  } catch (error) {
    return failure('storage', describeStorageError(error, action));
  }
}
