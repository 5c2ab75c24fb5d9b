import { HINT_CATEGORIES, type HintCategory } from '@/lib/listening/types';
import { PLAYBOOK_LIMITS, RETENTION_DAYS_RANGE, type Playbook } from '@/lib/playbooks/playbook-schema';
import { DEFAULT_RESTATEMENT_PREFIX } from '@/lib/settings/listening-prefs-defaults';
import { ABSENCE_READING_LABELS, CATEGORY_LABELS } from '../common/category-labels';
import { problemsAt, problemsUnder } from './playbook-draft';
import { FieldProblems } from './ProblemList';

type TeamSettings = Pick<Playbook, 'hintCategories' | 'restatementPrefix' | 'retentionDays'>;

interface Props {
  settings: TeamSettings;
  problems: readonly string[];
  /** The settings as they should now be; a field left unset is removed (each agent chooses). */
  onChange(settings: TeamSettings): void;
}

const AGENT_CHOICE = 'agent';

/**
 * What the playbook sets for every agent: which hint categories are on or off for the team (or left
 * to each agent), the restatement wording and how long drafts are kept. Unset means the agent's own
 * setting applies.
 */
export function TeamSettingsEditor({ settings, problems, onChange }: Props) {
  const categories = settings.hintCategories ?? {};
  const setCategory = (category: HintCategory, choice: string) => {
    const next = { ...categories };
    if (choice === AGENT_CHOICE) delete next[category];
    else next[category] = choice === 'on';
    onChange({ ...settings, hintCategories: Object.keys(next).length > 0 ? next : undefined });
  };
  const prefixProblems = problemsAt(problems, 'restatementPrefix');
  const retentionProblems = problemsAt(problems, 'retentionDays');
  const categoryProblems = problemsUnder(problems, 'hintCategories');

  return (
    <fieldset data-testid="lf-team-settings-editor">
      <legend>Team settings</legend>
      <p class="lf-muted">What you set here applies to every agent using this playbook; “each agent chooses” leaves it to them.</p>
      <table class="lf-team-categories">
        <caption>Reply hints</caption>
        <tbody>
          {HINT_CATEGORIES.map((category) => {
            const value = categories[category];
            const id = `lf-team-category-${category}`;
            return (
              <tr key={category}>
                <th scope="row">
                  <label for={id}>{CATEGORY_LABELS[category]}</label>
                </th>
                <td>
                  <select
                    id={id}
                    data-testid="lf-team-category"
                    data-team-category={category}
                    value={value === undefined ? AGENT_CHOICE : value ? 'on' : 'off'}
                    onChange={(event) => setCategory(category, event.currentTarget.value)}
                  >
                    <option value={AGENT_CHOICE}>Each agent chooses</option>
                    {/* "On" turns on a reading off by default too (effective-settings.ts): say so. */}
                    <option value="on">{onForTheTeam(category)}</option>
                    <option value="off">Off for the team</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {categoryProblems.length > 0 && <FieldProblems problems={categoryProblems} />}

      <label for="lf-team-prefix">Words before an inserted restatement (empty: each agent’s own)</label>
      <input
        id="lf-team-prefix"
        data-testid="lf-team-prefix"
        type="text"
        maxLength={PLAYBOOK_LIMITS.prefixChars}
        placeholder={DEFAULT_RESTATEMENT_PREFIX}
        value={settings.restatementPrefix ?? ''}
        aria-invalid={prefixProblems.length > 0 || undefined}
        onInput={(event) => onChange({ ...settings, restatementPrefix: event.currentTarget.value || undefined })}
      />
      {prefixProblems.length > 0 && <FieldProblems problems={prefixProblems} />}

      <label for="lf-team-retention">Keep drafts for this many days after their last change (empty: each agent’s own)</label>
      <input
        id="lf-team-retention"
        data-testid="lf-team-retention"
        type="number"
        inputMode="numeric"
        min={RETENTION_DAYS_RANGE.min}
        max={RETENTION_DAYS_RANGE.max}
        step={1}
        value={settings.retentionDays ?? ''}
        aria-invalid={retentionProblems.length > 0 || undefined}
        onInput={(event) => {
          const text = event.currentTarget.value.trim();
          onChange({ ...settings, retentionDays: text === '' ? undefined : Number(text) });
        }}
      />
      {retentionProblems.length > 0 && <FieldProblems problems={retentionProblems} />}
    </fieldset>
  );
}

/** What "on" means for a category: for one with an absence reading off by default, that reading too. */
function onForTheTeam(category: HintCategory): string {
  const absence = ABSENCE_READING_LABELS[category];
  return absence ? `On for the team, ${absence.charAt(0).toLowerCase()}${absence.slice(1)}` : 'On for the team';
}
