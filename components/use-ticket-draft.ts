import { useEffect, useRef, useState } from 'preact/hooks';
import type { TicketRef } from '@/lib/adapters/types';
import { DraftSync, type DraftContent, type SaveStatus, type SendDraftMessage } from '@/lib/drafts/draft-sync';
import type { ChecklistState, DraftView } from '@/lib/messaging/messages';
import { trackOpenDraft } from '@/lib/lifecycle/open-drafts';

export interface SavedReply {
  text: string;
  savedAt: number;
}

export interface TicketDraft {
  loaded: boolean;
  restatement: string;
  checklist: ChecklistState;
  dismissedHints: readonly string[];
  /** The reply mirrored for this ticket when the draft was loaded (or a newer tab's), if any. */
  savedReply: SavedReply | null;
  status: SaveStatus;
  setRestatement(value: string): void;
  setChecklist(update: (previous: ChecklistState) => ChecklistState): void;
  dismissHint(key: string): void;
  /** Mirrors the reply text; a no-op when it hasn't changed. */
  setReply(text: string): void;
  replySent(): void;
}

/**
 * One ticket's draft (restatement, checklist, dismissed hints, mirrored reply), loaded from and saved
 * to the background. The component using it is keyed by ticket, so a ticket switch unmounts it: the
 * pending save is flushed under the ticket it was typed for, and nothing is carried over.
 */
export function useTicketDraft(ticket: TicketRef, subject: string, send: SendDraftMessage): TicketDraft {
  const [loaded, setLoaded] = useState(false);
  const [restatement, setRestatementState] = useState('');
  const [checklist, setChecklistState] = useState<ChecklistState>({});
  const [dismissedHints, setDismissed] = useState<readonly string[]>([]);
  const [savedReply, setSavedReply] = useState<SavedReply | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const syncRef = useRef<DraftSync | null>(null);
  const latest = useRef<DraftContent>({ subject, restatement: '', checklist: {}, dismissedHints: [], reply: '' });
  latest.current.subject = subject;

  const adopt = (draft: DraftView) => {
    latest.current = { ...latest.current, restatement: draft.restatement, checklist: draft.checklist, dismissedHints: draft.dismissedHints, reply: draft.reply };
    setRestatementState(draft.restatement);
    setChecklistState(draft.checklist);
    setDismissed(draft.dismissedHints);
    setSavedReply(draft.reply ? { text: draft.reply, savedAt: draft.replySavedAt ?? draft.updatedAt } : null);
  };

  useEffect(() => {
    const sync = new DraftSync({ ticket, send, onStatus: setStatus, onNewerDraft: adopt });
    syncRef.current = sync;
    let cancelled = false;
    void sync.load().then((draft) => {
      if (cancelled) return;
      if (draft) {
        adopt(draft);
        setStatus({ state: 'saved', at: draft.updatedAt });
      }
      setLoaded(true);
    });
    // Written before the page goes away: a hidden tab may be discarded or closed without warning.
    const events = new AbortController();
    // Flushed before an extension update applies, and handed to the next sidebar if this one is cut off.
    const untrack = trackOpenDraft({ ticketKey: ticket.key, content: () => latest.current, flush: () => sync.flush() });
    const flush = () => void sync.flush();
    window.addEventListener('pagehide', flush, { signal: events.signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal: events.signal });
    return () => {
      cancelled = true;
      events.abort();
      untrack();
      syncRef.current = null;
      void sync.dispose();
    };
  }, [ticket.key]);

  const save = (patch: Partial<DraftContent>) => {
    latest.current = { ...latest.current, ...patch };
    syncRef.current?.update({ ...latest.current });
  };

  return {
    loaded,
    restatement,
    checklist,
    dismissedHints,
    savedReply,
    status,
    setRestatement(value) {
      setRestatementState(value);
      save({ restatement: value });
    },
    setChecklist(update) {
      const next = update(latest.current.checklist);
      if (next === latest.current.checklist) return;
      setChecklistState(next);
      save({ checklist: next });
    },
    dismissHint(key) {
      if (latest.current.dismissedHints.includes(key)) return;
      const next = [...latest.current.dismissedHints, key].slice(-500);
      setDismissed(next);
      save({ dismissedHints: next });
    },
    setReply(text) {
      if (!loaded || text === latest.current.reply) return;
      save({ reply: text });
    },
    replySent() {
      latest.current = { ...latest.current, reply: '' };
      setSavedReply(null);
      void syncRef.current?.replySent();
    },
  };
}
