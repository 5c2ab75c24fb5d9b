/**
 * Who may talk to the background. Only this extension's own content script, in the top frame of a
 * helpdesk tab, about a ticket of the account that tab shows: a script on acme.zendesk.com can
 * never read or write another account's (or helpdesk's) drafts.
 */
import type { Runtime } from 'webextension-polyfill';
import { adapterForUrl, type HelpdeskId } from '../adapters';
import { customOriginAccount } from '../adapters/custom-origin';
import type { TicketRefPayload } from './messages';

/** Which helpdesk the agent or a policy configured on a custom origin (see lib/playbooks). */
export type CustomOriginLookup = (origin: string) => Promise<HelpdeskId | null>;

/** Our own content script, in a tab's top frame, on a web page: its page's URL, or why not. */
export function contentScriptPage(sender: Runtime.MessageSender, extensionId: string): { ok: true; url: URL } | { ok: false; error: string } {
  if (sender.id !== extensionId) return { ok: false, error: 'sender is not this extension' };
  if (!sender.tab || sender.frameId !== 0 || !sender.url) return { ok: false, error: 'sender is not a helpdesk tab' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { ok: false, error: 'sender URL is unreadable' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'sender is not a web page' };
  return { ok: true, url };
}

export async function senderMayAccessTicket(
  sender: Runtime.MessageSender,
  ticket: TicketRefPayload,
  extensionId: string,
  customOrigin: CustomOriginLookup = async () => null,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  const { url } = page;
  const adapter = adapterForUrl(url);
  if (adapter) {
    if (adapter.id !== ticket.helpdesk) return { ok: false, error: 'sender is not on that helpdesk' };
    if (url.hostname.split('.')[0] !== ticket.account) return { ok: false, error: 'sender is on another account' };
    return { ok: true };
  }
  // A helpdesk on a team's own domain: only one configured for that helpdesk, its host as the account.
  if ((await customOrigin(url.origin)) !== ticket.helpdesk) return { ok: false, error: 'sender is not on that helpdesk' };
  if (customOriginAccount(url) !== ticket.account) return { ok: false, error: 'sender is on another account' };
  return { ok: true };
}
