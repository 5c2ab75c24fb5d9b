import { useEffect, useState } from 'preact/hooks';
import { oldSidebarSteppedAside, onHandover, takeHandedOverDraft } from '@/lib/lifecycle/handed-over';
import type { TicketDraft } from './use-ticket-draft';

/**
 * After an extension update: puts the restatement the old sidebar held for this ticket back into the draft
 * (it is then saved as if typed here), once the stored draft has loaded. Returns whether an old
 * sidebar stepped aside, for the notice that says so.
 */
export function useHandedOverDraft(ticketKey: string, draft: TicketDraft): boolean {
  const [steppedAside, setSteppedAside] = useState(oldSidebarSteppedAside);
  useEffect(() => {
    const take = () => {
      setSteppedAside(oldSidebarSteppedAside());
      if (!draft.loaded) return;
      const kept = takeHandedOverDraft(ticketKey);
      if (kept && kept.restatement !== draft.restatement) draft.setRestatement(kept.restatement);
    };
    take();
    const effect = new AbortController();
    onHandover(take, effect.signal);
    return () => effect.abort();
  }, [ticketKey, draft.loaded]);
  return steppedAside;
}
