/**
 * What the extension pages ask the background about the drafts database: whether it opens, and a
 * reset. The background holds the connection content scripts save through, so its answer is the
 * one that matters; if it does not answer, the page checks with its own connection instead.
 */
import { browser } from 'wxt/browser';
import type { PageMessage, StorageHealth } from '../messaging/page-messages';
import type { ListenFirstDatabase } from './db';
import { checkStorageHealth, resetDraftDatabase } from './storage-health';

function isStorageHealth(value: unknown): value is StorageHealth {
  if (!value || typeof value !== 'object') return false;
  const answer = value as Partial<Record<string, unknown>>;
  return answer.ok === true ? typeof answer.draftCount === 'number' : answer.ok === false && typeof answer.canExport === 'boolean';
}

async function ask(message: PageMessage, fallback: () => Promise<StorageHealth>): Promise<StorageHealth> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    if (isStorageHealth(answer)) return answer;
  } catch {
    // The background is restarting or gone: fall through to the page's own check.
  }
  return fallback();
}

export function requestStorageHealth(pageDb: ListenFirstDatabase): Promise<StorageHealth> {
  return ask({ type: 'storage/health' }, () => checkStorageHealth(pageDb));
}

export function requestStorageReset(pageDb: ListenFirstDatabase): Promise<StorageHealth> {
  return ask({ type: 'storage/reset' }, () => resetDraftDatabase(pageDb));
}
