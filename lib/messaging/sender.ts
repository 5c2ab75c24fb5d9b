/**
 * Who may talk to the background. Only this extension's own content script, in the top frame of a
 * helpdesk tab, about a ticket of the origin that tab shows: the origin is the browser's own boundary
 * between sites, and the ticket key names it, so a script on one site can never read or write another
 * site's (or helpdesk's) drafts, look-alike hosts and http of an https helpdesk included.
 */
import type { Runtime } from 'webextension-polyfill';
import { hostingHelpdesk, type HelpdeskId } from '../adapters/registry';
import { PAGE_TICKETS } from '../anysite/page-ticket';
import { failure, ok, type Failure, type Ok } from '../result';
import type { TicketRefPayload } from './messages';

/** The helpdesks the agent or a policy configured on teams' own domains (see lib/playbooks). */
export type CustomOriginLookup = () => Promise<readonly { origin: string; helpdesk: HelpdeskId }[]>;

const forbidden = (error: string) => failure('forbidden', error);

/** Our own content script, in a tab's top frame, on a web page: its page's URL, or why not. */
export function contentScriptPage(sender: Runtime.MessageSender, extensionId: string): Ok<{ url: URL }> | Failure<'forbidden'> {
  if (sender.id !== extensionId) return forbidden('sender is not this extension');
  if (!sender.tab || sender.frameId !== 0 || !sender.url) return forbidden('sender is not a helpdesk tab');
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return forbidden('sender URL is unreadable');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return forbidden('sender is not a web page');
  return ok({ url });
}

/**
 * One of this extension's own pages (the popup, the options page). `extensionOrigin` is
 * `runtime.getURL('/')`: in Firefox the pages' origin carries a per-install UUID, not the extension
 * id, so the id alone can't say a sender is one of our pages; a content script's sender URL is the
 * web page it runs in, so it is refused.
 */
export function extensionPage(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): Ok | Failure<'forbidden'> {
  if (sender.id !== extensionId) return forbidden('sender is not this extension');
  if (!sender.url?.startsWith(extensionOrigin)) return forbidden("sender is not one of this extension's pages");
  return ok();
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
): Promise<Ok | Failure<'forbidden'>> {
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  const { url } = page;
  if (url.origin !== ticket.origin) return forbidden("sender is not on the ticket's origin");
  const hosted = hostingHelpdesk(url.hostname);
  // A page ticket (lib/anysite) is the page's own: its key names the origin, checked above. A
  // helpdesk's own domain keeps the helpdesk's keys.
  if (ticket.helpdesk === PAGE_TICKETS) return hosted ? forbidden("sender is on a helpdesk's own domain") : ok();
  if (hosted) return hosted.id === ticket.helpdesk ? ok() : forbidden('sender is not on that helpdesk');
  const configured = (await customOrigins()).find((entry) => entry.origin === url.origin);
  return configured?.helpdesk === ticket.helpdesk ? ok() : forbidden('sender is not on that helpdesk');
}
