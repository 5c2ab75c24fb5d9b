import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PAGE_TICKETS } from '@/lib/anysite/page-ticket';
import type { ChecklistItem } from '@/lib/playbooks/checklist';
import type { SendDraftMessage } from '@/lib/drafts/draft-sync';
import type { EditorOperation, EditorResponse } from '@/lib/editor-bridge/protocol';
import { toChannel, type Hint, type ListeningSettings, type ReplyAnalysis, type RestatementCoverage } from '@/lib/listening/types';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import { applyAutoTicks, evidenceFor } from '@/lib/sidebar/auto-ticks';
import type { Failure, Ok } from '@/lib/result';
import { Checklist, checklistProgress } from '../common/Checklist';
import { CustomerMessage } from './CustomerMessage';
import { DraftConflict } from './DraftConflict';
import { DraftStatus } from './DraftStatus';
import { HintList, hintKey } from './HintList';
import { KeyTerms } from './KeyTerms';
import { insertTermAt, RestatementField } from './RestatementField';
import { RestoreDraftOffer } from './RestoreDraftOffer';
import { StatusNotice } from './StatusNotice';
import { TicketHeader } from './TicketHeader';
import { sameReply, useReplyMirror } from './use-reply-mirror';
import { useListening, type AnalyzeListening } from './use-listening';
import { useReplyText } from './use-reply-text';
import { useTicketDraft } from './use-ticket-draft';
import { useHandedOverDraft } from './use-handed-over-draft';

/** Why nothing was written: no reply box on the page, or the editor bridge's answer (or its silence). */
export type EditorOutcome = Ok | Failure<Extract<EditorResponse, { ok: false }>['code']>;

export interface SidebarServices {
  sendDraftMessage: SendDraftMessage;
  /** Asks the listening engine (in the background) about the reply and restatement. */
  analyze: AnalyzeListening;
  /** Runs an operation on the ticket's reply editor, opening the reply box first if it is closed. */
  editReply(operation: EditorOperation): Promise<EditorOutcome>;
  openReplyBox(): void;
  /** Calls `listener` when the agent sends the reply with the helpdesk's own submit, until `signal` aborts. */
  onReplySubmit(listener: () => void, signal: AbortSignal): void;
}

/** What the team and the agent chose: the checklist, hint categories, vocabulary, wording. */
export interface SidebarSettings extends ListeningSettings {
  checklist: readonly ChecklistItem[];
  /** The chosen checklist's name, when a playbook names it. */
  checklistName?: string;
  restatementPrefix: string;
}

interface Props {
  page: TicketPageState;
  helpdeskLabel: string;
  services: SidebarServices;
  settings: SidebarSettings;
  onCollapse(): void;
}

type ActionArea = 'insert' | 'hints' | 'restore' | 'conflict';

const NO_ANALYSIS: ReplyAnalysis = { hints: [], truncated: false, analyzedLength: 0 };
const NO_COVERAGE: RestatementCoverage = { coverage: 0, fullAt: 0, keyTerms: [], covered: [], missing: [], mismatches: [] };

/** Everything the sidebar shows for one ticket. Keyed by ticket: nothing survives a ticket switch. */
export function TicketPanel({ page, helpdeskLabel, services, settings, onCollapse }: Props) {
  const draft = useTicketDraft(page.ticket, page.subject, services.sendDraftMessage);
  const updatedUnderPage = useHandedOverDraft(page.ticket.key, draft);
  const reading = useReplyText(page.editor);
  const replyText = reading.text;
  const postedReplies = useMemo(() => page.messages.filter((m) => m.role === 'agent').map((m) => m.text), [page.messages]);
  const mirror = useReplyMirror(draft, reading, services.onReplySubmit, postedReplies);
  const [actionMessage, setActionMessage] = useState<{ area: ActionArea; text: string } | null>(null);
  const restatementRef = useRef<HTMLTextAreaElement>(null);

  const customerText = page.latestCustomerMessage?.text ?? '';
  const earlier = useMemo(
    () => page.messages.filter((m) => m.role === 'customer' && m !== page.latestCustomerMessage).map((m) => m.text),
    [page.messages, page.latestCustomerMessage],
  );
  const listening: Required<ListeningSettings> = useMemo(
    () => {
      // The resolved settings list every category that is off, and the absence readings off by default that are on.
      const disabledCategories = settings.disabledCategories ?? [];
      const enabledCategories = settings.enabledCategories ?? [];
      return { disabledCategories, enabledCategories, termPairs: settings.termPairs ?? [], jargon: settings.jargon ?? [] };
    },
    [settings],
  );
  const { result, restatement: answeredRestatement, problem } = useListening(
    { reply: replyText, customer: customerText, earlier, subject: page.subject, channel: toChannel(page.channel), restatement: draft.restatement, settings: listening },
    services.analyze,
  );
  const analysis = result?.analysis ?? NO_ANALYSIS;
  const hints = useMemo(() => {
    const dismissed = new Set(draft.dismissedHints);
    return analysis.hints.filter((hint) => !dismissed.has(hintKey(hint)));
  }, [analysis, draft.dismissedHints]);

  useEffect(() => {
    // Before the first answer there is no evidence either way: leave the saved ticks as they are.
    // An answer about an older restatement (one asked before the draft loaded) is no evidence either.
    if (!draft.loaded || !result || answeredRestatement !== draft.restatement) return;
    const evidence = evidenceFor(result.signals, draft.restatement, result.restated);
    draft.setChecklist((previous) => applyAutoTicks(settings.checklist, previous, evidence));
  }, [draft.loaded, result, answeredRestatement, draft.restatement, settings.checklist]);

  const run = async (area: ActionArea, operation: EditorOperation, done: string) => {
    setActionMessage(null);
    // The sidebar setting the reply for the agent is the agent's edit, not the helpdesk's.
    if (operation.op === 'set') mirror.expectEdit(operation.text);
    const outcome = await services.editReply(operation);
    if (!outcome.ok && operation.op === 'set') mirror.expectEdit(null);
    setActionMessage({ area, text: outcome.ok ? done : `Not done: ${outcome.error}` });
    return outcome.ok;
  };
  const selectHint = (hint: Hint) => void run('hints', { op: 'select', start: hint.start, end: hint.end, expected: hint.text }, 'Selected in your reply.');
  const applyHint = (hint: Hint) =>
    void run('hints', { op: 'replace', start: hint.start, end: hint.end, expected: hint.text, text: hint.suggestion ?? hint.text }, 'Wording replaced in your reply.');
  const insertRestatement = () =>
    void run('insert', { op: 'insert', text: settings.restatementPrefix + draft.restatement.trim(), at: 'start' }, 'Inserted at the top of your reply.');
  const restore = async (text: string, area: ActionArea = 'restore') => {
    const done = await run(area, { op: 'set', text }, 'Your draft is back in the reply.');
    if (done) mirror.restored();
    return done;
  };
  // Choosing a version puts its reply in the editor first (like a restore), so what is kept is what shows.
  const keepMine = async () => {
    if (mirror.offer && !(await restore(mirror.offer.text, 'conflict'))) return;
    draft.keepMine();
  };
  const takeTheirs = async (reply: string) => {
    if (!sameReply(reply, replyText) && !(await restore(reply, 'conflict'))) return;
    draft.takeTheirs();
  };
  const useTerm = (term: string) => {
    const field = restatementRef.current;
    const next = insertTermAt(draft.restatement, field?.selectionStart ?? draft.restatement.length, term);
    draft.setRestatement(next.value);
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const progress = checklistProgress(settings.checklist, draft.checklist);
  const message = (area: ActionArea) => (actionMessage?.area === area ? actionMessage.text : null);
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
      {/* On a page no adapter knows, the agent's picks (PagePicks) say where the reply box is, or ask for it. */}
      {page.ticket.helpdesk !== PAGE_TICKETS && <StatusNotice layout={page.layout} helpdeskLabel={helpdeskLabel} onOpenReply={services.openReplyBox} />}
      {draft.conflict && (
        <DraftConflict
          theirs={draft.conflict.theirs}
          mine={{ restatement: draft.restatement, reply: mirror.offer?.text ?? replyText }}
          mineAt={draft.conflict.mineAt}
          message={message('conflict')}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={() => void takeTheirs(draft.conflict!.theirs.reply)}
        />
      )}
      {updatedUnderPage && (
        <p class="lf-status lf-status--info" data-testid="lf-updated" role="status">
          ListenFirst was updated: what you typed is kept.
        </p>
      )}
      {mirror.offer && !draft.conflict && (
        <RestoreDraftOffer offer={mirror.offer} message={message('restore')} onRestore={() => void restore(mirror.offer!.text)} onDiscard={mirror.discardOffer} />
      )}
      <CustomerMessage message={page.latestCustomerMessage} loading={page.layout === 'loading'} />
      <RestatementField
        value={draft.restatement}
        disabled={!draft.loaded}
        canInsert={page.layout === 'ready' || page.layout === 'reply-closed' || page.layout === 'writing-note'}
        insertMessage={message('insert')}
        textareaRef={restatementRef}
        onInput={draft.setRestatement}
        onInsert={insertRestatement}
      />
      <KeyTerms restatement={result?.restated ?? NO_COVERAGE} reply={result?.replied ?? NO_COVERAGE} onUseTerm={useTerm} />
      <HintList
        hints={hints}
        truncated={analysis.truncated}
        editorAvailable={page.editor !== null}
        onSelect={selectHint}
        onApply={applyHint}
        onDismiss={(hint) => draft.dismissHint(hintKey(hint))}
      />
      {problem && (
        <p class="lf-muted" role="status" data-testid="lf-hints-problem">
          Hints are paused: {problem}
        </p>
      )}
      {message('hints') && (
        <p class="lf-muted" role="status">
          {message('hints')}
        </p>
      )}
      <Checklist
        title={settings.checklistName}
        items={settings.checklist}
        state={draft.checklist}
        onToggle={(id, done) => draft.setChecklist((previous) => ({ ...previous, [id]: { done, auto: false } }))}
      />
      <DraftStatus status={draft.status} />
    </>
  );
}
