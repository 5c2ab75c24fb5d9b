/**
 * Drafts stored before database version 4 were keyed `helpdesk:account:ticketId`, without their
 * origin: the account was a hosted subdomain (`acme` of acme.<the helpdesk's domain>) or, on a team's
 * own domain, that host made key-safe (support.example.com → `support-example-com`), which loses
 * what it was made from. Their origin, as far as it can still be told.
 */
import { helpdeskDefinition, isHelpdeskId, type HelpdeskId } from '../adapters/registry';

/** A helpdesk on a team's own domain, as the agent or a policy configured it. */
export interface ConfiguredHelpdeskOrigin {
  origin: string;
  helpdesk: HelpdeskId;
}

/** How versions 1-3 made a custom origin's account: `support.example.com:8443` → `support-example-com-8443`. */
export function legacyCustomOriginAccount(origin: string): string {
  return new URL(origin).host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63);
}

// A hosted account was the first label of the helpdesk's host, so one DNS label.
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The configured custom origin whose key-safe host is this account, when exactly one is; else, when
 * none is, the account's subdomain of the helpdesk's own domain (where the link always pointed); null
 * when several configured origins share the account (no way to tell which it was) or nothing fits.
 */
export function legacyTicketOrigin(helpdesk: string, account: string, configured: readonly ConfiguredHelpdeskOrigin[]): string | null {
  if (!isHelpdeskId(helpdesk)) return null;
  const custom = configured.filter((entry) => entry.helpdesk === helpdesk && URL.canParse(entry.origin) && legacyCustomOriginAccount(entry.origin) === account);
  if (custom.length === 1) return new URL(custom[0]!.origin).origin;
  if (custom.length > 1) return null;
  const subdomainHost = helpdeskDefinition(helpdesk).hosts.find((host) => host.startsWith('*.'));
  const label = account.toLowerCase();
  return subdomainHost && HOST_LABEL.test(label) ? `https://${label}${subdomainHost.slice(1)}` : null;
}
