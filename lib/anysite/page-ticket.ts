/**
 * Tickets on a page no adapter knows (ListenFirst started from the toolbar on any site): which
 * ticket the page shows, read from its address alone. The origin and path name it, plus the value of
 * a query parameter the agent named (apps that keep the ticket id there, `/view?case=12`), and a
 * route in the hash (`#/tickets/12`, single-page apps). An address none of which holds a digit gives
 * no stable identity (`/inbox`): the draft is then kept for that exact address only, query and hash
 * included, and the sidebar says so.
 *
 * Keys: `page@<origin><address>`, e.g. `page@https://crm.example.com/cases/12?case=12`. A helpdesk's
 * key is `<id>:<origin>…` whose part before the first ':' is a registry id (lowercase letters only,
 * see registry.test.ts); this key's part before the first ':' is `page@https` or `page@http`, which
 * holds an '@': the two can never be equal, whatever the helpdesk, origin or address.
 * Pure: no DOM, no browser APIs (the background's message checks use it).
 */
import type { TicketRef } from '../adapters/types';

/** The `helpdesk` of a ticket on any site: not a registry id (registry.test.ts keeps it so). */
export const PAGE_TICKETS = 'page';
export type PageTickets = typeof PAGE_TICKETS;

/** An address longer than this names no ticket we keep (a key must stay small). */
export const MAX_PAGE_ADDRESS_CHARS = 1_000;
/** The query parameter an agent can name: a plain name, as apps write them. */
export const TICKET_PARAMETER_PATTERN = /^[\w.-]{1,64}$/;

export interface PageTicket {
  ticket: TicketRef;
  /** False when the address names no ticket: the draft is kept for that address only. */
  stable: boolean;
}

export function pageTicketKey(origin: string, address: string): string {
  return `${PAGE_TICKETS}@${origin}${address}`;
}

/** A hash that routes a single-page app (`#/tickets/12`, `#!/tickets/12`), not an anchor in the page. */
function hashRoute(url: URL): string {
  return url.hash.startsWith('#/') || url.hash.startsWith('#!/') ? url.hash : '';
}

const hasDigit = (text: string) => /\d/.test(text);

/**
 * The ticket an http(s) address shows, named by its path and hash route, and by `parameter`'s
 * value when the agent named one and the address has it; null for other schemes and overlong
 * addresses.
 */
export function pageTicketAt(url: URL, parameter: string | null = null): PageTicket | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const route = url.pathname + hashRoute(url);
  const value = parameter && TICKET_PARAMETER_PATTERN.test(parameter) ? url.searchParams.get(parameter) : null;
  let address: string;
  let stable: boolean;
  if (value) {
    address = `${url.pathname}?${new URLSearchParams([[parameter!, value]]).toString()}${hashRoute(url)}`;
    stable = true;
  } else if (hasDigit(route)) {
    address = route;
    stable = true;
  } else {
    address = url.pathname + url.search + url.hash;
    stable = false;
  }
  if (address.length > MAX_PAGE_ADDRESS_CHARS) return null;
  const ticket = { helpdesk: PAGE_TICKETS, origin: url.origin, account: '', ticketId: address, key: pageTicketKey(url.origin, address) } as const;
  return { ticket, stable };
}

/**
 * Whether `address` is one an address reads back as at `origin` (path, query and hash as URL writes
 * them): what a draft message's page ticket must be, so no key can name another origin or a
 * malformed address.
 */
export function isPageAddress(origin: string, address: string): boolean {
  if (!address.startsWith('/') || address.startsWith('//') || address.length > MAX_PAGE_ADDRESS_CHARS || !URL.canParse(origin)) return false;
  const base = new URL(origin);
  if ((base.protocol !== 'https:' && base.protocol !== 'http:') || base.origin !== origin || !URL.canParse(address, origin)) return false;
  const url = new URL(address, origin);
  return url.origin === origin && url.pathname + url.search + url.hash === address;
}

/** The page a stored page ticket was on, to open it again; null when it is not a page ticket's. */
export function pageTicketUrl(origin: string, address: string): string | null {
  return isPageAddress(origin, address) ? new URL(address, origin).href : null;
}
