/** The address of a ticket in its helpdesk, for "open the ticket" links in the popup. */
import * as v from 'valibot';
import { helpdeskDefinition } from '../adapters/registry';
import { TicketRefSchema } from '../messaging/messages';

/**
 * `https://ACCOUNT.<the helpdesk's domain>/<its ticket path>`; null unless account and id pass the
 * same checks as a draft message (a stored row is not trusted to build a link to anywhere else).
 */
export function ticketUrl(helpdesk: string, account: string, ticketId: string): string | null {
  const ticket = { helpdesk, account, ticketId, key: `${helpdesk}:${account}:${ticketId}` };
  if (!v.is(TicketRefSchema, ticket)) return null;
  const row = helpdeskDefinition(ticket.helpdesk);
  const host = row.hosts[0]!.replace('*', ticket.account);
  return `https://${host}${row.ticketPath({ account: '', ticketId: ticket.ticketId })}`;
}
