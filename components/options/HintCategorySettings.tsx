import { HINT_CATEGORIES, OFF_BY_DEFAULT, type HintCategory } from '@/lib/listening/types';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { CATEGORY_LABELS } from '../common/category-labels';
import { LockedNotice } from './LockedNotice';

interface Props {
  hintCategories: ResolvedSettings['hintCategories'];
  onToggle(category: HintCategory, on: boolean): void;
}

/** Which reply hints show; a category set by policy or the team playbook shows why it can't be switched. */
export function HintCategorySettings({ hintCategories, onToggle }: Props) {
  return (
    <fieldset data-testid="lf-options-categories">
      <legend>Reply hints to show</legend>
      {HINT_CATEGORIES.map((category) => {
        const setting = hintCategories[category];
        const fixed = setting.locked || setting.origin === 'team';
        const noteId = `lf-category-note-${category}`;
        const offNoteId = `lf-category-off-${category}`;
        const offByDefault = OFF_BY_DEFAULT.includes(category);
        const describedBy = [fixed ? noteId : '', offByDefault ? offNoteId : ''].filter(Boolean).join(' ');
        return (
          <div class="lf-setting-row" key={category}>
            <label class="lf-switch">
              <input
                type="checkbox"
                data-category={category}
                checked={setting.value}
                disabled={fixed}
                aria-describedby={describedBy || undefined}
                onChange={(event) => onToggle(category, event.currentTarget.checked)}
              />
              {CATEGORY_LABELS[category]}
            </label>
            <LockedNotice id={noteId} origin={setting.origin} locked={setting.locked} />
            {offByDefault && (
              <p class="lf-muted lf-note" id={offNoteId} data-testid="lf-off-by-default">
                Off unless turned on: on replies it was never tuned on, it was wrong about half the time.
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
