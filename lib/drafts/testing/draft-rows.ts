/** Stored draft rows for the drafts tests, as `saveDraft` would write them. Never imported by the extension. */
import type { DraftRow } from '../db';
import { withSearchWords } from '../draft-store';

/** A Zendesk draft on account "acme"; `helpdesk`, `account` and the rest can be overridden. */
export function draftRow(ticketId: string, updatedAt: number, overrides: Partial<Omit<DraftRow, 'key' | 'searchWords'>> = {}): DraftRow {
  const helpdesk = overrides.helpdesk ?? 'zendesk';
  const account = overrides.account ?? 'acme';
  return withSearchWords({
    key: `${helpdesk}:${account}:${ticketId}`,
    helpdesk,
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
