/** The address of a ticket in its helpdesk, for "open the ticket" links in the popup. */
import * as v from 'valibot';
import type { HelpdeskId } from '../adapters/types';
import { TicketRefSchema } from '../messaging/messages';

const TICKET_PATHS: Record<HelpdeskId, (ticketId: string) => string> = {
  zendesk: (ticketId) => `/agent/tickets/${ticketId}`,
  freshdesk: (ticketId) => `/a/tickets/${ticketId}`,
};

/**
 * `https://ACCOUNT.zendesk.com/agent/tickets/ID` or `https://ACCOUNT.freshdesk.com/a/tickets/ID`;
 * null unless account and id pass the same checks as a draft message (a stored row is not trusted
 * to build a link to anywhere else).
 */
export function ticketUrl(helpdesk: string, account: string, ticketId: string): string | null {
  const ticket = { helpdesk, account, ticketId, key: `${helpdesk}:${account}:${ticketId}` };
  if (!v.is(TicketRefSchema, ticket)) return null;
  return `https://${ticket.account}.${ticket.helpdesk}.com${TICKET_PATHS[ticket.helpdesk](ticket.ticketId)}`;
}
