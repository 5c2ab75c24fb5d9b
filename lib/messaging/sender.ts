/**
 * Who may talk to the background. Only this extension's own content script, in the top frame of a
 * helpdesk tab, about a ticket of the origin that tab shows: the origin is the browser's own boundary
 * between sites, and the ticket key names it, so a script on one site can never read or write another
 * site's (or helpdesk's) drafts, look-alike hosts and http of an https helpdesk included.
 */
import type { Runtime } from 'webextension-polyfill';
import { hostingHelpdesk, type HelpdeskId } from '../adapters/registry';
import { PAGE_TICKETS } from '../anysite/page-ticket';
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

/**
 * The sender's page must be on the ticket's origin, and that origin this helpdesk's: its own domain,
 * or a team's own domain configured for it (by the agent or a policy).
 */
export async function senderMayAccessTicket(
  sender: Runtime.MessageSender,
  ticket: TicketRefPayload,
  extensionId: string,
  customOrigins: CustomOriginLookup = async () => [],
): Promise<{ ok: true } | { ok: false; error: string }> {
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  const { url } = page;
  if (url.origin !== ticket.origin) return { ok: false, error: "sender is not on the ticket's origin" };
  const hosted = hostingHelpdesk(url.hostname);
  // A page ticket (lib/anysite) is the page's own: its key names the origin, checked above. A
  // helpdesk's own domain keeps the helpdesk's keys.
  if (ticket.helpdesk === PAGE_TICKETS) return hosted ? { ok: false, error: "sender is on a helpdesk's own domain" } : { ok: true };
  if (hosted) return hosted.id === ticket.helpdesk ? { ok: true } : { ok: false, error: 'sender is not on that helpdesk' };
  const configured = (await customOrigins()).find((entry) => entry.origin === url.origin);
  return configured?.helpdesk === ticket.helpdesk ? { ok: true } : { ok: false, error: 'sender is not on that helpdesk' };
}
