import type { SettingOrigin } from '@/lib/playbooks/effective-settings';

interface Props {
  /** Where the value in force came from; only a policy or a team playbook gets a note. */
  origin: SettingOrigin;
  locked: boolean;
  id?: string;
}

/** Whether the agent can't change a setting here: a policy locks it, or the team playbook sets it. */
export function isFixed(setting: { origin: SettingOrigin; locked: boolean }): boolean {
  return setting.locked || setting.origin === 'team';
}

/** Says why a setting can't be changed here: "Set by your organisation", or by the team playbook. */
export function LockedNotice({ origin, locked, id }: Props) {
  if (locked) {
    return (
      <p class="lf-locked" id={id} data-testid="lf-locked">
        Set by your organisation
      </p>
    );
  }
  if (origin === 'team') {
    return (
      <p class="lf-muted lf-note" id={id}>
        Set by your team playbook
      </p>
    );
  }
  return null;
}
