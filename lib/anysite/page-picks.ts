/**
 * The agent's picks on a page no adapter knows, live: the reply box (the next editable they click
 * into while picking, or from the start when none is remembered), the customer's message (their
 * selection on the page, or text they paste) and the ticket's query parameter. Picks are saved for
 * the site (site-picks.ts); a given message is kept in this tab only, per ticket, and never stored.
 * Every listener hangs off `signal`.
 */
import { elementFor, selectorFor } from './element-selector';
import type { PagePicksSource } from './page-adapter';
import { TICKET_PARAMETER_PATTERN } from './page-ticket';
import { replyBoxAt } from './reply-box';
import { pageSiteParameters } from './page-mode';
import { NO_PICKS, sitePicks, type SitePicks } from './site-picks';

export const MAX_GIVEN_MESSAGE_CHARS = 20_000;

export interface PagePicks extends PagePicksSource {
  /** Waiting for the agent to click into the reply box. */
  pickingReplyBox(): boolean;
  pickReplyBox(): void;
  /** Takes the agent's last selection on the page (outside the sidebar) as the customer's message; false when there is none. */
  useSelection(ticketKey: string): boolean;
  /** The customer's message as pasted; '' takes it back. */
  pasteMessage(ticketKey: string, text: string): void;
  /** Names the query parameter holding the ticket id ('' for none); false when it is not a plain name. */
  setTicketParameter(name: string): Promise<boolean>;
  /** Calls back on every change of picks or given messages. */
  onChange(listener: () => void): void;
}

export async function watchPagePicks(doc: Document, isSidebar: (node: Node) => boolean, signal: AbortSignal): Promise<PagePicks> {
  const stored = sitePicks(doc.location.origin);
  let picks: SitePicks = await stored.get().catch(() => NO_PICKS);
  // The team's playbook may name the ticket's parameter for this site; the agent's own choice wins.
  const teamParameter = (await pageSiteParameters.get().catch((): Record<string, string> => ({})))[doc.location.origin] ?? null;
  const withTeamParameter = (own: SitePicks): SitePicks => ({ ...own, ticketParameter: own.ticketParameter ?? teamParameter });
  const given = new Map<string, string>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  let picking = !elementFor(doc, picks.replyBox);
  let lastSelection: { text: string; area: Element } | null = null;

  const save = async (next: SitePicks) => {
    picks = next;
    changed();
    await stored.set(next).catch(() => undefined);
  };
  stored.watch((next) => {
    picks = next;
    changed();
  }, signal);

  // Clicking (or tabbing) into an editable while picking makes it the reply box.
  doc.addEventListener(
    'focusin',
    (event) => {
      if (!picking || !event.isTrusted || (event.target instanceof Node && isSidebar(event.target))) return;
      const box = replyBoxAt(event.target);
      const selector = box && selectorFor(box);
      if (!selector) return;
      picking = false;
      void save({ ...picks, replyBox: selector });
    },
    { capture: true, signal },
  );

  // The sidebar's button takes focus from the page: the selection is read as it was before.
  doc.addEventListener(
    'selectionchange',
    () => {
      const selection = doc.getSelection();
      const text = selection?.toString().trim() ?? '';
      if (!selection || !text || selection.rangeCount === 0) return;
      const common = selection.getRangeAt(0).commonAncestorContainer;
      const area = common instanceof Element ? common : common.parentElement;
      if (area && !isSidebar(area)) lastSelection = { text: text.slice(0, MAX_GIVEN_MESSAGE_CHARS), area };
    },
    { signal },
  );

  return {
    picks: () => withTeamParameter(picks),
    givenMessage: (ticketKey) => given.get(ticketKey) ?? null,
    pickingReplyBox: () => picking,
    pickReplyBox() {
      picking = true;
      changed();
    },
    useSelection(ticketKey) {
      if (!lastSelection) return false;
      given.set(ticketKey, lastSelection.text);
      const area = lastSelection.area.isConnected ? selectorFor(lastSelection.area) : null;
      if (area) void save({ ...picks, messageArea: area });
      else changed();
      return true;
    },
    pasteMessage(ticketKey, text) {
      const message = text.slice(0, MAX_GIVEN_MESSAGE_CHARS);
      if (message.trim()) given.set(ticketKey, message);
      else given.delete(ticketKey);
      changed();
    },
    async setTicketParameter(name) {
      const trimmed = name.trim();
      if (trimmed && !TICKET_PARAMETER_PATTERN.test(trimmed)) return false;
      await save({ ...picks, ticketParameter: trimmed || null });
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener));
    },
  };
}
