import type { DraftView } from '@/lib/messaging/messages';

/** The words of one version the agent reads before choosing. */
export interface ConflictVersion {
  restatement: string;
  reply: string;
}

interface Props {
  theirs: DraftView;
  mine: ConflictVersion;
  /** When the unsaved version was typed. */
  mineAt: number;
  message: string | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

const time = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function Version({ title, version, testId }: { title: string; version: ConflictVersion; testId: string }) {
  return (
    <div class="lf-conflict__version" data-testid={testId} role="group" aria-label={title}>
      <h4 class="lf-conflict__title">{title}</h4>
      <dl class="lf-conflict__fields">
        <dt>Restatement</dt>
        <dd data-testid={`${testId}-restatement`}>{version.restatement || <span class="lf-muted">(empty)</span>}</dd>
        <dt>Reply</dt>
        <dd data-testid={`${testId}-reply`}>{version.reply || <span class="lf-muted">(empty)</span>}</dd>
      </dl>
    </div>
  );
}

/**
 * Two tabs saved different versions of this ticket's draft: both shown in full, neither written over
 * the other, until the agent keeps one. Named by what they are, saved or not, which stays true when
 * the unsaved one comes back after a reload, or in a tab that was not the one it was typed in.
 */
export function DraftConflict({ theirs, mine, mineAt, message, onKeepMine, onTakeTheirs }: Props) {
  return (
    <section class="lf-conflict" data-testid="lf-draft-conflict" aria-labelledby="lf-conflict-title">
      <h3 class="lf-section__title" id="lf-conflict-title">
        Two versions of this draft
      </h3>
      <p role="alert">This ticket's draft was saved in another tab while this one was typed. Nothing is saved over either version until you choose.</p>
      <Version title={`Saved version (${time(theirs.updatedAt)})`} version={theirs} testId="lf-conflict-theirs" />
      <Version title={`Unsaved version (${time(mineAt)})`} version={mine} testId="lf-conflict-mine" />
      <div class="lf-row">
        <button type="button" class="lf-button" data-testid="lf-conflict-keep-mine" onClick={onKeepMine}>
          Keep the unsaved version
        </button>
        <button type="button" class="lf-button" data-testid="lf-conflict-take-theirs" onClick={onTakeTheirs}>
          Keep the saved version
        </button>
      </div>
      {message && (
        <p class="lf-muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
