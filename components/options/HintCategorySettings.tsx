import { HINT_CATEGORIES, type HintCategory } from '@/lib/listening/types';
import type { ResolvedSettings } from '@/lib/playbooks/effective-settings';
import { ABSENCE_READING_LABELS, CATEGORY_LABELS } from '../common/category-labels';
import { isFixed, LockedNotice } from './LockedNotice';

interface Props {
  hintCategories: ResolvedSettings['hintCategories'];
  absenceReadings: ResolvedSettings['absenceReadings'];
  onToggle(category: HintCategory, on: boolean): void;
  onToggleAbsence(category: HintCategory, on: boolean): void;
}

/**
 * Which reply hints show; a category set by policy or the team playbook shows why it can't be
 * switched. A category whose absence reading is off by default (OFF_BY_DEFAULT) has a second switch
 * for it beneath its own, usable while the category is on.
 */
export function HintCategorySettings({ hintCategories, absenceReadings, onToggle, onToggleAbsence }: Props) {
  return (
    <fieldset data-testid="lf-options-categories">
      <legend>Reply hints to show</legend>
      {HINT_CATEGORIES.map((category) => {
        const setting = hintCategories[category];
        const fixed = isFixed(setting);
        const noteId = `lf-category-note-${category}`;
        const absence = absenceReadings[category];
        return (
          <div class="lf-setting-row" key={category}>
            <label class="lf-switch">
              <input
                type="checkbox"
                data-category={category}
                checked={setting.value}
                disabled={fixed}
                aria-describedby={fixed ? noteId : undefined}
                onChange={(event) => onToggle(category, event.currentTarget.checked)}
              />
              {CATEGORY_LABELS[category]}
            </label>
            <LockedNotice id={noteId} origin={setting.origin} locked={setting.locked} />
            {absence && (
              <AbsenceReadingSwitch category={category} reading={absence} categoryOn={setting.value} lockNoteId={fixed ? noteId : undefined} onToggle={onToggleAbsence} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

interface AbsenceProps {
  category: HintCategory;
  reading: NonNullable<ResolvedSettings['absenceReadings'][HintCategory]>;
  categoryOn: boolean;
  /** The category's lock notice, when it is set by policy or the team: it explains this switch too. */
  lockNoteId?: string;
  onToggle(category: HintCategory, on: boolean): void;
}

function AbsenceReadingSwitch({ category, reading, categoryOn, lockNoteId, onToggle }: AbsenceProps) {
  const fixed = isFixed(reading);
  const offNoteId = `lf-category-off-${category}`;
  return (
    <div class="lf-setting-sub">
      <label class="lf-switch">
        <input
          type="checkbox"
          data-absence-reading={category}
          checked={categoryOn && reading.value}
          disabled={fixed || !categoryOn}
          aria-describedby={[lockNoteId, offNoteId].filter(Boolean).join(' ')}
          onChange={(event) => onToggle(category, event.currentTarget.checked)}
        />
        {ABSENCE_READING_LABELS[category] ?? CATEGORY_LABELS[category]}
      </label>
      <p class="lf-muted lf-note" id={offNoteId} data-testid="lf-off-by-default">
        Off unless turned on: on replies it was never tuned on, it was wrong about half the time. A promise with no time ("in due course") is
        flagged either way.
      </p>
    </div>
  );
}
