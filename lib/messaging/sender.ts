/**
 * Who may talk to the background. Only this extension's own content script, in the top frame of a
 * helpdesk tab, about a ticket of the account that tab shows: a script on acme.<helpdesk>.com can
 * never read or write another account's (or helpdesk's) drafts.
 */
import type { Runtime } from 'webextension-polyfill';
import { adapterForUrl, type HelpdeskId } from '../adapters';
import { customOriginAccount } from '../adapters/custom-origin';
import type { TicketRefPayload } from './messages';

/** The helpdesks the agent or a policy configured on teams' own domains (see lib/playbooks). */
export type CustomOriginLookup = () => Promise<readonly { origin: string; helpdesk: HelpdeskId }[]>;

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
  customOrigins: CustomOriginLookup = async () => [],
): Promise<{ ok: true } | { ok: false; error: string }> {
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  const { url } = page;
  // Custom origins keyed like this ticket. Their account is the host made key-safe, so it can equal
  // a hosted subdomain (support.example.com and support-example-com.<helpdesk>.com) or another custom
  // origin's (support-example.com, http vs https): a key more than one site could claim is refused.
  const configured = await customOrigins();
  const sharingKey = configured.filter((entry) => entry.helpdesk === ticket.helpdesk && customOriginAccount(new URL(entry.origin)) === ticket.account);
  const collision = (own: string) => {
    const other = sharingKey.find((entry) => entry.origin !== own);
    return other ? { ok: false as const, error: `sender's account is also the key of ${other.origin}` } : null;
  };
  const adapter = adapterForUrl(url);
  if (adapter) {
    if (adapter.id !== ticket.helpdesk) return { ok: false, error: 'sender is not on that helpdesk' };
    if (url.hostname.split('.')[0] !== ticket.account) return { ok: false, error: 'sender is on another account' };
    return collision(url.origin) ?? { ok: true };
  }
  // A helpdesk on a team's own domain: only one configured for that helpdesk, its host as the account.
  if (configured.find((entry) => entry.origin === url.origin)?.helpdesk !== ticket.helpdesk) return { ok: false, error: 'sender is not on that helpdesk' };
  if (customOriginAccount(url) !== ticket.account) return { ok: false, error: 'sender is on another account' };
  return collision(url.origin) ?? { ok: true };
}
