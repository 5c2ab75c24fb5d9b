/**
 * A supported helpdesk on a team's own domain (support.example.com): the same page, selectors and
 * paths as on the helpdesk's own domain, at an origin the agent or a policy configured (see
 * lib/playbooks/helpdesk-origins.ts). Its tickets are keyed by that origin, like any ticket.
 * No adapter is imported here: the sidebar script has its page's one (provided-adapter.ts).
 */
import { ticketAt, type HelpdeskAdapter, type HelpdeskId } from './types';

/** `base` (a helpdesk's adapter) serving `origin`, and nothing else. */
export function atCustomOrigin(base: HelpdeskAdapter, origin: string): HelpdeskAdapter {
  const ownsUrl = (url: URL) => url.origin === origin;
  return {
    ...base,
    ownsUrl,
    ticketFromUrl: (url) => (ownsUrl(url) ? ticketAt(base.definition, url) : null),
  };
}

/**
 * The adapter for this page, given its helpdesk's adapter: that helpdesk on its own domain, or on
 * this origin where the agent or a policy configured it for this helpdesk; null on any other page.
 */
export async function adapterForPage(
  adapter: HelpdeskAdapter,
  url: URL,
  customHelpdesk: (origin: string) => Promise<HelpdeskId | null>,
): Promise<HelpdeskAdapter | null> {
  if (adapter.ownsUrl(url)) return adapter;
  return (await customHelpdesk(url.origin)) === adapter.id ? atCustomOrigin(adapter, url.origin) : null;
}
