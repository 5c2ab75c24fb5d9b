/** Stored draft rows for the drafts tests, as `saveDraft` would write them. Never imported by the extension. */
import { ticketKey } from '../../adapters/types';
import { PAGE_TICKETS, pageTicketKey } from '../../anysite/page-ticket';
import type { DraftRow } from '../db';
import { withSearchWords } from '../draft-store';

/**
 * A Zendesk draft at https://acme.zendesk.com; `helpdesk`, `origin` and the rest can be overridden. An
 * origin of null is a draft from before v4 whose origin could not be told: its key is the old one.
 */
export function draftRow(ticketId: string, updatedAt: number, overrides: Partial<Omit<DraftRow, 'key' | 'searchWords'>> = {}): DraftRow {
  const helpdesk = overrides.helpdesk ?? 'zendesk';
  const origin = overrides.origin === undefined ? `https://acme.${helpdesk}.com` : overrides.origin;
  const account = overrides.account ?? (origin === null ? 'acme' : '');
  return withSearchWords({
    key: origin === null ? `${helpdesk}:${account}:${ticketId}` : helpdesk === PAGE_TICKETS ? pageTicketKey(origin, ticketId) : ticketKey(helpdesk, origin, account, ticketId),
    helpdesk,
    origin,
    account,
    ticketId,
    subject: 'Export times out',
    restatement: 'The CSV export stops after a minute',
    checklist: {},
    dismissedHints: [],
    reply: '',
    replySavedAt: null,
    revision: 1,
    createdAt: updatedAt,
    updatedAt,
    ...overrides,
  });
}
