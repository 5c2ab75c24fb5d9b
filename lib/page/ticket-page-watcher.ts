/**
 * Follows what the helpdesk page shows: which ticket is open, its conversation and its reply box.
 * Re-reads on in-page navigation and on DOM changes (coalesced), so late-loading messages, tab
 * switches and editors the helpdesk swaps out are all noticed. Never throws into the page: a layout
 * it doesn't understand becomes a state the sidebar shows.
 */
import { latestCustomerMessage, type ConversationMessage, type HelpdeskAdapter, type ReplyEditor, type TicketContent, type TicketRef } from '../adapters';

export type LayoutState =
  /** Ticket found, reply box found. */
  | 'ready'
  /** The ticket is still rendering (within the grace period). */
  | 'loading'
  /** Ticket found, reply box closed (some helpdesks open it with a "Reply" button). */
  | 'reply-closed'
  /** Ticket found, the agent has an internal note open instead of the reply (see findOpenNoteEditor). */
  | 'writing-note'
  /** The page did not show what the adapter looks for: selectors broke or the layout is new. */
  | 'not-understood';

/** What the page shows of the ticket: its content (subject, messages, tags, channel) and state. */
export interface TicketPageState extends TicketContent {
  ticket: TicketRef;
  layout: LayoutState;
  latestCustomerMessage: ConversationMessage | null;
  editor: ReplyEditor | null;
}

export interface TicketPageWatcherOptions {
  adapter: HelpdeskAdapter;
  win: Window;
  signal: AbortSignal;
  /** Called with the new state (null off ticket pages) whenever what the page shows changes. */
  onChange(state: TicketPageState | null): void;
  /** How long a ticket may take to render before the layout counts as not understood. */
  graceMs?: number;
  /** Elements of our own (the sidebar host) whose changes are not the page's. */
  ignore?: (node: Node) => boolean;
}

export interface TicketPageWatcher {
  /** Re-read now (e.g. after navigation). */
  refresh(): void;
  current(): TicketPageState | null;
}

const COALESCE_MS = 60;
/** Conversation updates inside the pane (new messages, live timestamps) are read at most this often. */
const CONTENT_COALESCE_MS = 250;

export function watchTicketPage(options: TicketPageWatcherOptions): TicketPageWatcher {
  const { adapter, win, signal, onChange, graceMs = 4_000, ignore } = options;
  const doc = win.document;
  let state: TicketPageState | null = null;
  let signature = '';
  let firstSeen: { key: string; at: number } | null = null;
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The ticket's root as last found, to tell changes inside the pane from changes around it. */
  let root: Element | null = null;

  const read = (): TicketPageState | null => {
    const ticket = adapter.ticketFromUrl(new URL(win.location.href));
    if (!ticket) return null;
    if (firstSeen?.key !== ticket.key) firstSeen = { key: ticket.key, at: Date.now() };
    root = adapter.findTicketRoot(doc, ticket);
    const content = root ? adapter.readTicket(root) : { subject: '', messages: [] };
    const editor = root ? adapter.findActiveReplyEditor(root) : null;
    const inGrace = Date.now() - firstSeen.at < graceMs;
    let layout: LayoutState;
    if (root && editor) layout = 'ready';
    else if (root && adapter.findOpenNoteEditor?.(root)) layout = 'writing-note';
    else if (root && adapter.findReplyOpener?.(root)) layout = 'reply-closed';
    else layout = inGrace ? 'loading' : 'not-understood';
    if (layout === 'loading') {
      clearTimeout(graceTimer);
      graceTimer = setTimeout(refresh, graceMs - (Date.now() - firstSeen.at) + 10);
    }
    return { ticket, layout, ...content, latestCustomerMessage: latestCustomerMessage(content.messages), editor };
  };

  const refresh = () => {
    clearTimeout(scheduled);
    scheduled = undefined;
    if (signal.aborted) return;
    let next: TicketPageState | null;
    try {
      next = read();
    } catch (error) {
      // A selector this browser can't parse, a page in an odd state: show it, don't throw into the page.
      const ticket = safeTicket(adapter, win);
      next = ticket ? { ticket, layout: 'not-understood', subject: '', messages: [], latestCustomerMessage: null, editor: null } : null;
      console.warn('ListenFirst could not read this page:', error);
    }
    const nextSignature = signatureOf(next);
    if (nextSignature === signature && next?.editor?.element === state?.editor?.element) return;
    state = next;
    signature = nextSignature;
    onChange(state);
  };

  const schedule = (delay = COALESCE_MS) => {
    if (scheduled === undefined && !signal.aborted) scheduled = setTimeout(refresh, delay);
  };

  // One observer, filtered per record: typing in the reply editor is the editor hook's business
  // (never a page re-read per keystroke), and changes inside the ticket's pane re-read it at a
  // slower pace than changes around it (a tab switch, a view swapped out).
  const observer = new MutationObserver((records) => {
    const editor = state?.editor?.element;
    let structural = false;
    let inTicket = false;
    for (const record of records) {
      const target = record.target;
      if (ignore?.(target) || (editor && editor.contains(target))) continue;
      if (root && root.isConnected && root.contains(target) && target !== root) inTicket = true;
      else structural = true;
      if (structural) break;
    }
    if (structural) schedule();
    else if (inTicket) schedule(CONTENT_COALESCE_MS);
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    // The attributes that switch panes and open or hide reply boxes (the helpdesk's registry row
    // names them); not the page's every style change.
    attributeFilter: [...adapter.definition.watchedAttributes],
  });
  win.addEventListener('popstate', () => schedule(), { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
    clearTimeout(graceTimer);
  });

  refresh();
  return { refresh: () => schedule(), current: () => state };
}

function safeTicket(adapter: HelpdeskAdapter, win: Window): TicketRef | null {
  try {
    return adapter.ticketFromUrl(new URL(win.location.href));
  } catch {
    return null;
  }
}

function signatureOf(state: TicketPageState | null): string {
  if (!state) return '';
  const messages = state.messages.map((m) => [m.role, m.author, m.text]);
  return JSON.stringify([state.ticket.key, state.layout, state.subject, messages, state.tags, state.channel]);
}
