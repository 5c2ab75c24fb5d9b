import { useEffect, useRef, useState } from 'preact/hooks';
import type { TicketRef } from '@/lib/adapters/types';
import { DraftSync, type DraftConflict, type DraftContent, type SaveStatus, type SendDraftMessage } from '@/lib/drafts/draft-sync';
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
  /** The reply this draft keeps, as loaded (or as chosen in a conflict), if any: offered back when the editor lacks it. */
  savedReply: SavedReply | null;
  status: SaveStatus;
  /** Another tab saved a different version: both are kept, this tab's shown, until the agent chooses. */
  conflict: DraftConflict | null;
  setRestatement(value: string): void;
  setChecklist(update: (previous: ChecklistState) => ChecklistState): void;
  dismissHint(key: string): void;
  /** Mirrors the reply text; a no-op when it hasn't changed. */
  setReply(text: string): void;
  replySent(): void;
  /** Saves this tab's version over the other one. */
  keepMine(): void;
  /** Shows the other version here and drops this tab's; the caller puts its reply in the editor first. */
  takeTheirs(): void;
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
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const syncRef = useRef<DraftSync | null>(null);
  const latest = useRef<DraftContent>({ subject, restatement: '', checklist: {}, dismissedHints: [], reply: '' });
  latest.current.subject = subject;

  const show = (content: Omit<DraftContent, 'subject'>, reply: SavedReply | null) => {
    latest.current = { ...latest.current, restatement: content.restatement, checklist: content.checklist, dismissedHints: content.dismissedHints, reply: content.reply };
    setRestatementState(content.restatement);
    setChecklistState(content.checklist);
    setDismissed(content.dismissedHints);
    setSavedReply(reply);
  };
  const adopt = (draft: DraftView) => show(draft, draft.reply ? { text: draft.reply, savedAt: draft.replySavedAt ?? draft.updatedAt } : null);

  useEffect(() => {
    const sync = new DraftSync({ ticket, send, onStatus: setStatus, onConflict: setConflict });
    syncRef.current = sync;
    // Everything this effect starts ends with it: listeners, the open-draft entry, a load still under way.
    const effect = new AbortController();
    void sync.load().then((result) => {
      if (effect.signal.aborted || !result) return;
      const { draft, conflict: held } = result;
      if (held) {
        // This tab's version from before (a reload): shown, and its reply offered back, until the agent chooses.
        show(held.mine, held.mine.reply ? { text: held.mine.reply, savedAt: held.mineAt } : null);
        setConflict(held);
      } else if (draft) {
        adopt(draft);
        setStatus({ state: 'saved', at: draft.updatedAt });
      }
      setLoaded(true);
    });
    // Flushed before an extension update applies, and handed to the next sidebar if this one is cut off.
    trackOpenDraft({ ticketKey: ticket.key, content: () => latest.current, flush: () => sync.flush() }, effect.signal);
    // Written before the page goes away: a hidden tab may be discarded or closed without warning.
    const flush = () => void sync.flush();
    window.addEventListener('pagehide', flush, { signal: effect.signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal: effect.signal });
    return () => {
      effect.abort();
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
    conflict,
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
    keepMine() {
      setConflict(null);
      void syncRef.current?.keepMine();
    },
    takeTheirs() {
      const theirs = syncRef.current?.takeTheirs();
      setConflict(null);
      if (theirs) adopt(theirs);
    },
  };
}
