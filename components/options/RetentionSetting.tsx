import { useState } from 'preact/hooks';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { RETENTION_DAYS_RANGE } from '@/lib/playbooks/playbook-schema';
import { isRetentionDays } from '@/lib/playbooks/retention-setting';
import { isFixed, LockedNotice } from './LockedNotice';
import { useFieldText } from './use-field-text';

interface Props {
  setting: ResolvedSettings['retentionDays'];
  onChange(days: number): void;
  /** A shorter period the team playbook asks for, waiting for the agent's yes. */
  pendingTeamDays?: number | null;
  onConfirmTeamDays?(days: number): void;
}

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** How long drafts are kept; checked before it is saved. */
export function RetentionSetting({ setting, onChange, pendingTeamDays = null, onConfirmTeamDays }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [text, setText] = useFieldText(String(setting.value));
  const fixed = isFixed(setting);
  const describedBy = [fixed ? 'lf-retention-note' : '', problem ? 'lf-retention-problem' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset data-testid="lf-options-retention">
      <legend>Drafts</legend>
      <label for="lf-retention">Keep a ticket's draft for this many days after its last change</label>
      <input
        id="lf-retention"
        data-testid="lf-options-retention-days"
        type="number"
        min={RETENTION_DAYS_RANGE.min}
        max={RETENTION_DAYS_RANGE.max}
        step={1}
        value={text}
        disabled={fixed}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          const typed = Number(event.currentTarget.value);
          if (!isRetentionDays(typed)) {
            setProblem(`Not saved: expected a whole number from ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max}.`);
            return;
          }
          setProblem(null);
          onChange(typed);
        }}
      />
      {problem && (
        <p class="lf-problem" id="lf-retention-problem">
          {problem}
        </p>
      )}
      <LockedNotice id="lf-retention-note" origin={setting.origin} locked={setting.locked} />
      {pendingTeamDays !== null && (
        <div class="lf-confirm" role="status" data-testid="lf-retention-confirm">
          <p>
            Your team playbook asks to keep drafts for {days(pendingTeamDays)} instead of {days(setting.value)}. Until you confirm, they are kept for{' '}
            {days(setting.value)}; after, drafts unchanged for {days(pendingTeamDays)} are deleted.
          </p>
          <button type="button" class="lf-button" data-testid="lf-retention-confirm-button" onClick={() => onConfirmTeamDays?.(pendingTeamDays)}>
            Keep drafts for {days(pendingTeamDays)}
          </button>
        </div>
      )}
    </fieldset>
  );
}
