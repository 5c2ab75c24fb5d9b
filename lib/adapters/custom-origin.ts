/**
 * A supported helpdesk on a team's own domain (support.example.com): the same page, selectors and
 * paths as on the helpdesk's own domain, at an origin the agent or a policy configured (see
 * lib/playbooks/helpdesk-origins.ts). Its account is the host itself, made safe for ticket keys.
 */
import { adapterById, adapterForUrl } from './index';
import { ticketRef, type HelpdeskAdapter, type HelpdeskId } from './types';

/** `support.example.com:8443` → `support-example-com-8443`: a ticket-key account no hosted subdomain uses. */
export function customOriginAccount(url: URL): string {
  // Hosts have no leading or trailing separator, so the result starts and ends with a letter or digit.
  return url.host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63);
}

export function adapterForCustomOrigin(helpdesk: HelpdeskId, origin: string): HelpdeskAdapter | null {
  const base = adapterById(helpdesk);
  if (!base) return null;
  const ownsUrl = (url: URL) => url.origin === origin;
  return {
    ...base,
    ownsUrl,
    ticketFromUrl(url) {
      if (!ownsUrl(url)) return null;
      const id = base.definition.ticketFromUrl(url)?.ticketId;
      const account = customOriginAccount(url);
      return id && account ? ticketRef(base.id, account, id) : null;
    },
  };
}

/** The adapter for a page: a hosted helpdesk by its domain, else one configured on this origin. */
export async function resolveAdapter(url: URL, customHelpdesk: (origin: string) => Promise<HelpdeskId | null>): Promise<HelpdeskAdapter | null> {
  const hosted = adapterForUrl(url);
  if (hosted) return hosted;
  const helpdesk = await customHelpdesk(url.origin);
  return helpdesk ? adapterForCustomOrigin(helpdesk, url.origin) : null;
}
