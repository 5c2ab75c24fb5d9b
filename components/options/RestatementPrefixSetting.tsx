import { DEFAULT_RESTATEMENT_PREFIX, MAX_PREFIX_CHARS } from '@/lib/settings/listening-prefs';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { isFixed, LockedNotice } from './LockedNotice';

interface Props {
  setting: ResolvedSettings['restatementPrefix'];
  onChange(prefix: string): void;
}

/** The words before an inserted restatement. */
export function RestatementPrefixSetting({ setting, onChange }: Props) {
  const fixed = isFixed(setting);
  return (
    <fieldset data-testid="lf-options-wording">
      <legend>Inserting the restatement</legend>
      <label for="lf-prefix">Words before the restatement</label>
      <input
        id="lf-prefix"
        data-testid="lf-options-prefix"
        type="text"
        maxLength={MAX_PREFIX_CHARS}
        value={setting.value}
        disabled={fixed}
        aria-describedby={fixed ? 'lf-prefix-note' : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <LockedNotice id="lf-prefix-note" origin={setting.origin} locked={setting.locked} />
      {!fixed && (
        <button type="button" class="lf-link" onClick={() => onChange(DEFAULT_RESTATEMENT_PREFIX)}>
          Reset to "{DEFAULT_RESTATEMENT_PREFIX.trim()}"
        </button>
      )}
    </fieldset>
  );
}
