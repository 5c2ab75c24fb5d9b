/** The background's answer to content-script draft messages: validate, check the sender, then store. */
import type { Runtime } from 'webextension-polyfill';
import { parseContentMessage, type DraftResponse } from '../messaging/messages';
import { senderMayAccessTicket } from '../messaging/sender';
import type { ListenFirstDatabase } from './db';
import { clearSentReply, loadDraft, saveDraft } from './draft-store';

export async function handleDraftMessage(
  db: ListenFirstDatabase,
  input: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
): Promise<DraftResponse> {
  const parsed = parseContentMessage(input);
  if (!parsed.ok) return { ok: false, reason: 'invalid', error: parsed.error };
  const { message } = parsed;
  const allowed = senderMayAccessTicket(sender, message.ticket, extensionId);
  if (!allowed.ok) return { ok: false, reason: 'forbidden', error: allowed.error };
  try {
    switch (message.type) {
      case 'draft/load':
        return { ok: true, draft: await loadDraft(db, message.ticket.key) };
      case 'draft/save':
        return await saveDraft(db, message);
      case 'draft/reply-sent':
        return await clearSentReply(db, message.ticket.key);
    }
  } catch (error) {
    return { ok: false, reason: 'storage', error: describeStorageError(error) };
  }
}

function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && error.message.includes('Quota'))) {
    return 'The disk is full, so the draft could not be saved.';
  }
  return `The draft could not be saved (${name || 'storage error'}).`;
}
