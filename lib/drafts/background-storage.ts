/**
 * What the extension pages ask the background about the drafts database: whether it opens, and a
 * reset. The background holds the connection content scripts save through, so its answer is the
 * one that matters; if it does not answer, the page checks with its own connection instead.
 */
import { sendToBackground, type StorageAnswer } from '../messaging/message-map';
import type { StorageHealth } from '../messaging/page-messages';
import type { ListenFirstDatabase } from './db';
import { checkStorageHealth, resetDraftDatabase } from './storage-health';

/** A health answer, not a refusal of the message itself (which carries no `canExport`). */
function isStorageHealth(answer: StorageAnswer | undefined): answer is StorageHealth {
  if (!answer || typeof answer !== 'object') return false;
  return answer.ok ? typeof answer.draftCount === 'number' : 'canExport' in answer && typeof answer.canExport === 'boolean';
}

async function ask(type: 'storage/health' | 'storage/reset', fallback: () => Promise<StorageHealth>): Promise<StorageHealth> {
  try {
    const answer = await sendToBackground(type, {});
    if (isStorageHealth(answer)) return answer;
  } catch {
    // The background is restarting or gone: fall through to the page's own check.
  }
  return fallback();
}

export function requestStorageHealth(pageDb: ListenFirstDatabase): Promise<StorageHealth> {
  return ask('storage/health', () => checkStorageHealth(pageDb));
}

export function requestStorageReset(pageDb: ListenFirstDatabase): Promise<StorageHealth> {
  return ask('storage/reset', () => resetDraftDatabase(pageDb));
}
