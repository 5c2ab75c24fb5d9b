import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_DRAFT_TEXT } from '@/lib/drafts/limits';
import { redactSensitive } from '@/lib/drafts/redact-sensitive';
import { capText } from '@/lib/listening/input-cap';
import type { SavedReply, TicketDraft } from './use-ticket-draft';

/** Characters past the draft's cap that are still redacted: longer than a card, an IBAN, a password or most keys. */
const REDACTION_MARGIN = 1_024;

/** How long after the agent hits the helpdesk's submit an emptied editor counts as "sent". */
const SENT_WINDOW_MS = 20_000;

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export interface ReplyMirror {
  /** A saved reply the editor doesn't show (the helpdesk lost it, the session expired, a reload). */
  offer: SavedReply | null;
  discardOffer(): void;
  /** Call once the saved reply is back in the editor. */
  restored(): void;
}

/**
 * Mirrors the reply typed in the helpdesk's editor into the ticket's draft, offers it back when the
 * editor comes back without it, and clears it once the helpdesk sends the reply. While an offer is
 * open nothing is mirrored, so the saved reply can't be overwritten by an empty editor.
 */
export function useReplyMirror(draft: TicketDraft, typedText: string, editorPresent: boolean, onSubmit: (listener: () => void) => () => void): ReplyMirror {
  const [offer, setOffer] = useState<SavedReply | null>(null);
  // Card numbers, one-time codes and passwords typed into the reply are never mirrored (see redactSensitive).
  // A reply past what a draft keeps is mirrored up to that length, so the restatement and ticks still save.
  // Capped before redacting: this runs on the page's main thread after every pause in typing, and a
  // pasted log can be megabytes. The margin lets a secret that straddles the cap be removed whole.
  const replyText = useMemo(() => capText(redactSensitive(capText(typedText, MAX_DRAFT_TEXT + REDACTION_MARGIN).text), MAX_DRAFT_TEXT).text, [typedText]);
  const submittedAt = useRef(0);
  // Whether an offer is open, known at once: the draft loads, the offer opens and the mirror runs in
  // one commit, before the offer's state reaches a render. Mirroring the empty editor then would
  // overwrite the very reply being offered back.
  const offerOpen = useRef(false);
  const showOffer = (next: SavedReply | null) => {
    offerOpen.current = next !== null;
    setOffer(next);
  };

  useEffect(() => {
    if (!draft.loaded) return;
    const saved = draft.savedReply;
    showOffer(saved && !same(saved.text, replyText) ? saved : null);
    // Decided once per loaded (or newer) draft; later typing doesn't re-open the offer.
  }, [draft.loaded, draft.savedReply]);

  useEffect(() => {
    if (offer && same(offer.text, replyText)) showOffer(null);
  }, [offer, replyText]);

  useEffect(() => {
    if (draft.loaded && !offerOpen.current && editorPresent) draft.setReply(replyText);
  }, [draft.loaded, offer, editorPresent, replyText]);

  useEffect(() => onSubmit(() => (submittedAt.current = Date.now())), [onSubmit]);

  useEffect(() => {
    if (!submittedAt.current || Date.now() - submittedAt.current > SENT_WINDOW_MS) return;
    if (editorPresent && replyText.trim()) return;
    submittedAt.current = 0;
    showOffer(null);
    draft.replySent();
  }, [replyText, editorPresent]);

  return { offer, discardOffer: () => showOffer(null), restored: () => showOffer(null) };
}
