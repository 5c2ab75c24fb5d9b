import { useState } from 'preact/hooks';
import type { SendDraftMessage } from '@/lib/drafts/draft-sync';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import { DEFAULT_CHECKLIST, type ChecklistItem } from '@/lib/playbooks/checklist';
import { DEFAULT_RESTATEMENT_PREFIX } from '@/lib/settings/listening-prefs';
import { Checklist, checklistProgress } from './Checklist';
import { CustomerMessage } from './CustomerMessage';
import { DraftStatus } from './DraftStatus';
import { RestatementField } from './RestatementField';
import { StatusNotice } from './StatusNotice';
import { TicketHeader } from './TicketHeader';
import { useTicketDraft } from './use-ticket-draft';

export type InsertOutcome = { ok: true } | { ok: false; error: string };

export interface SidebarServices {
  sendDraftMessage: SendDraftMessage;
  insertAtTopOfReply(text: string): Promise<InsertOutcome>;
  openReplyBox(): void;
}

interface Props {
  page: TicketPageState;
  helpdeskLabel: string;
  services: SidebarServices;
  checklistItems?: readonly ChecklistItem[];
  restatementPrefix?: string;
  onCollapse(): void;
}



/** Everything the sidebar shows for one ticket. Keyed by ticket: nothing survives a ticket switch. */
export function TicketPanel({ page, helpdeskLabel, services, checklistItems = DEFAULT_CHECKLIST, restatementPrefix = DEFAULT_RESTATEMENT_PREFIX, onCollapse }: Props) {
  const draft = useTicketDraft(page.ticket, page.subject, services.sendDraftMessage);
  const [insertMessage, setInsertMessage] = useState<string | null>(null);

  const insert = async () => {
    setInsertMessage(null);
    const outcome = await services.insertAtTopOfReply(restatementPrefix + draft.restatement.trim());
    setInsertMessage(outcome.ok ? 'Inserted at the top of your reply.' : `Not inserted: ${outcome.error}`);
  };

  const progress = checklistProgress(checklistItems, draft.checklist);
  return (
    <>
      <header class="lf-header">
        <span class="lf-header__title">ListenFirst</span>
        <span class="lf-header__progress" data-testid="lf-progress" aria-label={`${progress.done} of ${progress.total} checklist items done`}>
          {progress.done}/{progress.total}
        </span>
        <button type="button" class="lf-icon-button" data-testid="lf-collapse" aria-expanded="true" aria-label="Hide the ListenFirst sidebar" onClick={onCollapse}>
          ›
        </button>
      </header>
      <TicketHeader ticket={page.ticket} subject={page.subject} helpdeskLabel={helpdeskLabel} />
      <StatusNotice layout={page.layout} helpdeskLabel={helpdeskLabel} onOpenReply={services.openReplyBox} />
      <CustomerMessage message={page.latestCustomerMessage} loading={page.layout === 'loading'} />
      <RestatementField
        value={draft.restatement}
        disabled={!draft.loaded}
        canInsert={page.layout === 'ready' || page.layout === 'reply-closed'}
        insertMessage={insertMessage}
        onInput={draft.setRestatement}
        onInsert={() => void insert()}
      />
      <Checklist
        items={checklistItems}
        state={draft.checklist}
        onToggle={(id, done) => draft.setChecklist((previous) => ({ ...previous, [id]: { done, auto: false } }))}
      />
      <DraftStatus status={draft.status} />
    </>
  );
}
