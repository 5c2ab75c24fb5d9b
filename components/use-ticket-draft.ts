import { useEffect, useRef, useState } from 'preact/hooks';
import type { TicketRef } from '@/lib/adapters/types';
import { DraftSync, type SaveStatus, type SendDraftMessage } from '@/lib/drafts/draft-sync';
import type { ChecklistState } from '@/lib/messaging/messages';

export interface TicketDraft {
  loaded: boolean;
  restatement: string;
  checklist: ChecklistState;
  status: SaveStatus;
  setRestatement(value: string): void;
  setChecklist(update: (previous: ChecklistState) => ChecklistState): void;
}

/**
 * One ticket's restatement and checklist, loaded from and saved to the background. The component
 * using it is keyed by ticket, so a ticket switch unmounts it: the pending save is flushed under the
 * ticket it was typed for, and nothing is carried over to the next one.
 */
export function useTicketDraft(ticket: TicketRef, subject: string, send: SendDraftMessage): TicketDraft {
  const [loaded, setLoaded] = useState(false);
  const [restatement, setRestatementState] = useState('');
  const [checklist, setChecklistState] = useState<ChecklistState>({});
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const syncRef = useRef<DraftSync | null>(null);
  const latest = useRef({ subject, restatement, checklist, dismissedHints: [] as string[], reply: '' });
  latest.current.subject = subject;

  useEffect(() => {
    const sync = new DraftSync({
      ticket,
      send,
      onStatus: setStatus,
      onNewerDraft: (draft) => {
        latest.current = { ...latest.current, restatement: draft.restatement, checklist: draft.checklist };
        setRestatementState(draft.restatement);
        setChecklistState(draft.checklist);
      },
    });
    syncRef.current = sync;
    let cancelled = false;
    void sync.load().then((draft) => {
      if (cancelled) return;
      if (draft) {
        latest.current = { ...latest.current, restatement: draft.restatement, checklist: draft.checklist };
        setRestatementState(draft.restatement);
        setChecklistState(draft.checklist);
        setStatus({ state: 'saved', at: draft.updatedAt });
      }
      setLoaded(true);
    });
    // Written before the page goes away: a hidden tab may be discarded or closed without warning.
    const events = new AbortController();
    const flush = () => void sync.flush();
    window.addEventListener('pagehide', flush, { signal: events.signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal: events.signal });
    return () => {
      cancelled = true;
      events.abort();
      syncRef.current = null;
      void sync.dispose();
    };
  }, [ticket.key]);

  const save = () => syncRef.current?.update({ ...latest.current });

  return {
    loaded,
    restatement,
    checklist,
    status,
    setRestatement(value) {
      latest.current.restatement = value;
      setRestatementState(value);
      save();
    },
    setChecklist(update) {
      const next = update(latest.current.checklist);
      latest.current.checklist = next;
      setChecklistState(next);
      save();
    },
  };
}
