/**
 * Messages the extension's own pages (popup, options) send the background about the drafts database.
 * Only this extension's pages may send them: a content script's sender URL is the helpdesk page,
 * so it is refused. (Drafts themselves are read by the pages directly: same origin, same database.)
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { hasTypePrefix } from './message-type';

export const PageMessageSchema = v.variant('type', [
  /** Can the background open the drafts database? */
  v.object({ type: v.literal('storage/health') }),
  /** Delete the drafts database and start an empty one: offered only after an export, when it can't be opened. */
  v.object({ type: v.literal('storage/reset') }),
]);
export type PageMessage = v.InferOutput<typeof PageMessageSchema>;

/** Why the database can't be opened; each has its own plain-words `error`. */
export type StorageProblem = 'upgrade-failed' | 'newer-version' | 'blocked' | 'full' | 'unavailable' | 'damaged';

export type StorageHealth =
  | { ok: true; draftCount: number }
  /** `canExport`: the raw object stores can still be read, so "export what is readable" is worth offering. */
  | { ok: false; reason: StorageProblem; error: string; canExport: boolean };

/** The `storage/…` messages, told apart from content-script draft messages before any other check. */
export function isPageMessage(input: unknown): boolean {
  return hasTypePrefix(input, 'storage/');
}

/**
 * `extensionOrigin` is `runtime.getURL('/')`: in Firefox the pages' origin carries a per-install UUID,
 * not the extension id, so the id alone can't say a sender is one of our pages.
 */
export function parsePageMessage(
  input: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; message: PageMessage } | { ok: false; reason: 'invalid' | 'forbidden'; error: string } {
  if (sender.id !== extensionId) return { ok: false, reason: 'forbidden', error: 'sender is not this extension' };
  if (!sender.url?.startsWith(extensionOrigin)) return { ok: false, reason: 'forbidden', error: "sender is not one of this extension's pages" };
  const result = v.safeParse(PageMessageSchema, input);
  if (!result.success) return { ok: false, reason: 'invalid', error: `type: ${result.issues[0].message}` };
  return { ok: true, message: result.output };
}
