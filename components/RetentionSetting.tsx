import { useState } from 'preact/hooks';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { RETENTION_DAYS_RANGE } from '@/lib/playbooks/playbook-schema';
import { isRetentionDays } from '@/lib/playbooks/retention-setting';
import { LockedNotice } from './LockedNotice';
import { useFieldText } from './use-field-text';

interface Props {
  setting: ResolvedSettings['retentionDays'];
  onChange(days: number): void;
}

/** How long drafts are kept; checked before it is saved. */
export function RetentionSetting({ setting, onChange }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [text, setText] = useFieldText(String(setting.value));
  const fixed = setting.locked || setting.origin === 'team';
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
          const days = Number(event.currentTarget.value);
          if (!isRetentionDays(days)) {
            setProblem(`Not saved: expected a whole number from ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max}.`);
            return;
          }
          setProblem(null);
          onChange(days);
        }}
      />
      {problem && (
        <p class="lf-problem" id="lf-retention-problem">
          {problem}
        </p>
      )}
      <LockedNotice id="lf-retention-note" origin={setting.origin} locked={setting.locked} />
    </fieldset>
  );
}
