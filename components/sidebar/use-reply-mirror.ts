import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_DRAFT_TEXT } from '@/lib/drafts/limits';
import { redactSensitive } from '@/lib/drafts/redact-sensitive';
import { capText } from '@/lib/listening/input-cap';
import { SENT_WINDOW_MS } from '@/lib/page/reply-sent-across-load';
import type { ReplyReading } from './use-reply-text';
import type { SavedReply, TicketDraft } from './use-ticket-draft';

/** Characters past the draft's cap that are still redacted: longer than a card, an IBAN, a password or most keys. */
const REDACTION_MARGIN = 1_024;


/** Input events only the agent's own editing makes (typing, deleting, cutting, pasting, dropping). */
const AGENT_INPUT_EVENTS = ['beforeinput', 'input'] as const;

/** The same reply, however the editor spaced and wrapped it. */
export const sameReply = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
/** Whether a message holds the whole reply (the helpdesk may have added a greeting or a signature). */
const containsReply = (message: string, reply: string) => {
  const wanted = reply.replace(/\s+/g, ' ').trim();
  return wanted !== '' && message.replace(/\s+/g, ' ').includes(wanted);
};

export interface ReplyMirror {
  /** A saved reply the editor doesn't show (the helpdesk lost, emptied or swapped it, the session expired, a reload). */
  offer: SavedReply | null;
  discardOffer(): void;
  /** Call once the saved reply is back in the editor. */
  restored(): void;
  /**
   * Call with the text the sidebar is about to set in the editor for the agent (a restore, a chosen
   * version), null if that failed: the editor showing it is the agent's doing, even when empty.
   */
  expectEdit(text: string | null): void;
}

/**
 * Mirrors the reply typed in the helpdesk's editor into the ticket's draft, offers it back when the
 * editor comes back without it, and clears it once the helpdesk sends the reply. While an offer is
 * open nothing is mirrored, so the saved reply can't be overwritten by an empty editor.
 *
 * "Comes back without it" is decided when the draft loads, and again whenever the helpdesk changes
 * the editor under the agent: a new editor element whose text isn't the reply, or the reply emptied
 * with no input from the agent (their typing it away, select-all and delete, or cut is an edit and
 * is saved; the helpdesk's send, detected as in reply-submit.ts, clears the reply as before).
 */
export function useReplyMirror(
  draft: TicketDraft,
  reading: ReplyReading,
  onSubmit: (listener: () => void, signal: AbortSignal) => void,
  /** The agents' messages the ticket's thread shows: a saved reply found among them was sent. */
  postedReplies: readonly string[] = [],
): ReplyMirror {
  const [offer, setOffer] = useState<SavedReply | null>(null);
  const { element } = reading;
  // Card numbers, one-time codes and passwords typed into the reply are never mirrored (see redactSensitive).
  // A reply past what a draft keeps is mirrored up to that length, so the restatement and ticks still save.
  // Capped before redacting: this runs on the page's main thread after every pause in typing, and a
  // pasted log can be megabytes. The margin lets a secret that straddles the cap be removed whole.
  const replyText = useMemo(() => capText(redactSensitive(capText(reading.text, MAX_DRAFT_TEXT + REDACTION_MARGIN).text), MAX_DRAFT_TEXT).text, [reading.text]);
  const submittedAt = useRef(0);
  // Whether an offer is open, known at once: the draft loads, the offer opens and the mirror runs in
  // one commit, before the offer's state reaches a render. Mirroring the empty editor then would
  // overwrite the very reply being offered back.
  const offerOpen = useRef(false);
  /** The reply the draft keeps: as loaded, then as last mirrored. */
  const kept = useRef<SavedReply>({ text: '', savedAt: 0 });
  /** The editor element the reply was last read from. */
  const seenElement = useRef<HTMLElement | null>(null);
  /** The agent edited the reply since it was last read. */
  const agentEdited = useRef(false);
  /** Text the sidebar set for the agent and the editor has not shown yet. */
  const expected = useRef<string | null>(null);
  const showOffer = (next: SavedReply | null) => {
    offerOpen.current = next !== null;
    setOffer(next);
  };

  useEffect(() => {
    if (!draft.loaded) return;
    const saved = draft.savedReply;
    kept.current = saved ?? { text: '', savedAt: 0 };
    seenElement.current = element;
    showOffer(saved && !sameReply(saved.text, replyText) ? saved : null);
    // Decided once per loaded (or chosen) draft; later typing doesn't re-open the offer.
  }, [draft.loaded, draft.savedReply]);

  useEffect(() => {
    if (!element) return;
    // Only the browser makes trusted events; the page's scripts can dispatch look-alikes at will.
    const edited = (event: Event) => event.isTrusted && (agentEdited.current = true);
    const events = new AbortController();
    for (const type of AGENT_INPUT_EVENTS) element.addEventListener(type, edited, { capture: true, signal: events.signal });
    return () => events.abort();
  }, [element]);

  useEffect(() => {
    if (offer && sameReply(offer.text, replyText)) showOffer(null);
  }, [offer, replyText]);

  // A reply the helpdesk sent from a page that then loaded another ticket (some helpdesks go on to the
  // next one after a send) is still saved when the agent comes back: the thread showing it as an agent's message is
  // what says it went, so it is cleared rather than offered back.
  const postedKey = postedReplies.join('\u0000');
  useEffect(() => {
    if (!offer || !postedReplies.some((posted) => containsReply(posted, offer.text))) return;
    kept.current = { text: '', savedAt: Date.now() };
    showOffer(null);
    draft.replySent();
  }, [offer, postedKey]);
  useEffect(() => {
    const effect = new AbortController();
    onSubmit(() => (submittedAt.current = Date.now()), effect.signal);
    return () => effect.abort();
  }, [onSubmit]);

  const mirror = () => {
    draft.setReply(replyText);
    if (!sameReply(kept.current.text, replyText)) kept.current = { text: replyText, savedAt: Date.now() };
  };

  useEffect(() => {
    if (!draft.loaded) return;
    const asExpected = expected.current !== null && sameReply(expected.current, replyText);
    if (asExpected) expected.current = null;
    const byAgent = agentEdited.current || asExpected;
    agentEdited.current = false;
    const swapped = element !== seenElement.current;
    if (element) seenElement.current = element;
    if (submittedAt.current && Date.now() - submittedAt.current <= SENT_WINDOW_MS && !(element && replyText.trim())) {
      submittedAt.current = 0;
      kept.current = { text: '', savedAt: Date.now() };
      showOffer(null);
      draft.replySent();
      return;
    }
    if (!element || offerOpen.current) return;
    const lost = kept.current.text.trim() && !sameReply(kept.current.text, replyText) && (swapped || !replyText.trim());
    if (lost && !byAgent) {
      // The helpdesk replaced or emptied the editor: the reply stays saved and is offered back.
      showOffer(kept.current);
      return;
    }
    mirror();
    // Once per reading: an offer closing is no new text (a restore's text comes as the next reading).
  }, [draft.loaded, reading]);

  return {
    offer,
    discardOffer: () => {
      // "Not now": the editor's text is the agent's again, and is mirrored from here on.
      showOffer(null);
      if (element) mirror();
    },
    restored: () => showOffer(null),
    expectEdit: (text) => (expected.current = text),
  };
}
