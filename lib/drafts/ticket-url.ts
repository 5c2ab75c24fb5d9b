/** The address of a ticket in its helpdesk, for "open the ticket" links in the popup. */
import * as v from 'valibot';
import { helpdeskDefinition, isHelpdeskId } from '../adapters/registry';
import { ticketKey } from '../adapters/types';
import { PAGE_TICKETS, pageTicketUrl } from '../anysite/page-ticket';
import { TicketRefSchema } from '../messaging/messages';

export interface StoredTicket {
  helpdesk: string;
  /** Null for a draft saved before tickets named their origin, whose origin could not be told (see db.ts, v4). */
  origin: string | null;
  account: string;
  ticketId: string;
}

/**
 * The ticket's page at its own origin, by its helpdesk's path (`https://acme.example.com/agent/tickets/42`);
 * null when the origin is unknown, or unless the ticket passes the same checks as a draft message (a
 * stored row is not trusted to build a link to anywhere else).
 */
export function ticketUrl(stored: StoredTicket): string | null {
  const { helpdesk, origin, account, ticketId } = stored;
  // A page ticket's id is its address on its origin (lib/anysite).
  if (helpdesk === PAGE_TICKETS && origin !== null) return account === '' ? pageTicketUrl(origin, ticketId) : null;
  if (origin === null || !isHelpdeskId(helpdesk)) return null;
  const ticket = { helpdesk, origin, account, ticketId, key: ticketKey(helpdesk, origin, account, ticketId) };
  if (!v.is(TicketRefSchema, ticket)) return null;
  return new URL(helpdeskDefinition(ticket.helpdesk).ticketPath(ticket), ticket.origin).href;
}
