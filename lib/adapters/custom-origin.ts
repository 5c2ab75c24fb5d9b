/**
 * A supported helpdesk on a team's own domain (support.example.com): the same page, selectors and
 * paths as on the helpdesk's own domain, at an origin the agent or a policy configured (see
 * lib/playbooks/helpdesk-origins.ts). Its tickets are keyed by that origin, like any ticket.
 */
import { adapterById, adapterForUrl } from './index';
import { ticketAt, type HelpdeskAdapter, type HelpdeskId } from './types';

export function adapterForCustomOrigin(helpdesk: HelpdeskId, origin: string): HelpdeskAdapter | null {
  const base = adapterById(helpdesk);
  if (!base) return null;
  const ownsUrl = (url: URL) => url.origin === origin;
  return {
    ...base,
    ownsUrl,
    ticketFromUrl: (url) => (ownsUrl(url) ? ticketAt(base.definition, url) : null),
  };
}

/** The adapter for a page: a hosted helpdesk by its domain, else one configured on this origin. */
export async function resolveAdapter(url: URL, customHelpdesk: (origin: string) => Promise<HelpdeskId | null>): Promise<HelpdeskAdapter | null> {
  const hosted = adapterForUrl(url);
  if (hosted) return hosted;
  const helpdesk = await customHelpdesk(url.origin);
  return helpdesk ? adapterForCustomOrigin(helpdesk, url.origin) : null;
}
