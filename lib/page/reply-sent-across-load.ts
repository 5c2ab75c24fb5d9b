/**
 * A reply sent by a form post that loads a new page (a helpdesk that posts its reply form; the page that
 * comes back is the ticket again): the sidebar that saw the send click is gone before the editor
 * empties. The send is remembered in the tab's sessionStorage, for the next page of the same ticket
 * within SENT_WINDOW_MS, whose sidebar then treats it as its own send: the mirrored reply is cleared
 * once the editor shows up empty, and kept if the helpdesk refused the post and shows the text again.
 * Only the ticket's key and a time are written; the helpdesk's page knows both already.
 */

/** How long after the agent hits the helpdesk's submit an emptied editor counts as "sent". */
export const SENT_WINDOW_MS = 20_000;

const STORAGE_KEY = 'listen-first:reply-sent';

export function rememberReplySent(storage: Pick<Storage, 'setItem'>, ticketKey: string, now = Date.now()): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ ticketKey, at: now }));
  } catch {
    // Storage full or refused: the reply is then offered back rather than cleared, as before.
  }
}

/** Whether this ticket's reply was sent from the previous page within the window; forgets it either way. */
export function takeReplySent(storage: Pick<Storage, 'getItem' | 'removeItem'>, ticketKey: string, now = Date.now()): boolean {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) return false;
    storage.removeItem(STORAGE_KEY);
    const sent = JSON.parse(raw) as { ticketKey?: unknown; at?: unknown };
    return sent.ticketKey === ticketKey && typeof sent.at === 'number' && now - sent.at >= 0 && now - sent.at <= SENT_WINDOW_MS;
  } catch {
    return false;
  }
}
