/**
 * Messages the extension's own pages (popup, options) send the background about the drafts database.
 * Only this extension's pages may send them: a content script's sender URL is the helpdesk page,
 * so it is refused. (Drafts themselves are read by the pages directly: same origin, same database.)
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { failure, ok, type Failure, type Ok } from '../result';
import { extensionPage } from './sender';

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
  | Ok<{ draftCount: number }>
  /** `canExport`: the raw object stores can still be read, so "export what is readable" is worth offering. */
  | (Failure<StorageProblem> & { readonly canExport: boolean });

/** Checks the sender is one of this extension's pages (see extensionPage), then the payload. */
export function parsePageMessage(
  input: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): Ok<{ message: PageMessage }> | Failure<'invalid' | 'forbidden'> {
  const page = extensionPage(sender, extensionId, extensionOrigin);
  if (!page.ok) return page;
  const result = v.safeParse(PageMessageSchema, input);
  if (!result.success) return failure('invalid', `type: ${result.issues[0].message}`);
  return ok({ message: result.output });
}
