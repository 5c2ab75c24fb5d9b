/** The background as a sidebar on one Freshdesk ticket talks to it, for the drafts tests. Never imported by the extension. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ticketRef } from '../../adapters/types';
import type { ContentMessage, DraftResponse } from '../../messaging/messages';
import type { ListenFirstDatabase } from '../db';
import { handleDraftMessage } from '../message-handler';

export const sidebarTicket = ticketRef('freshdesk', 'https://acme.freshdesk.com', '301');

/** The sender the browser stamps on that sidebar's messages: the extension's content script in the ticket's tab. */
export const sidebarSender = {
  id: fakeBrowser.runtime.id,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  frameId: 0,
  url: 'https://acme.freshdesk.com/a/tickets/301',
};

/** The background's real answer to a draft message, over `db`. */
export function answerDraftMessage(db: ListenFirstDatabase, message: ContentMessage): Promise<DraftResponse> {
  return handleDraftMessage(db, message, sidebarSender, fakeBrowser.runtime.id);
}
