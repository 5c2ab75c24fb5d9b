import { useEffect, useRef, useState } from 'preact/hooks';
import { PLAYBOOK_LIMITS, type Playbook } from '@/lib/playbooks/playbook-schema';
import { checkPlaybook } from '@/lib/playbooks/read-playbook';
import { saveLocalTeamPlaybook } from '@/lib/playbooks/team-playbook-store';
import { ChecklistEditor } from './ChecklistEditor';
import { newId, problemsAt, withoutEmpty, type PlaybookDraft } from './playbook-draft';
import { PlaybookPreview } from './PlaybookPreview';
import { ProblemList } from './ProblemList';
import { TeamSettingsEditor } from './TeamSettingsEditor';
import { VocabularyEditor } from './VocabularyEditor';

interface Props {
  playbook: Playbook;
  /** Why the playbook can't be edited here (a policy, a subscription), or null. */
  readOnlyReason: string | null;
}

const SAVE_DELAY_MS = 400;

/**
 * The playbook editor. Every change is checked against the schema; a playbook that passes is saved
 * (as "edited here") a moment after the last keystroke, one that doesn't says what to fix and is
 * not saved, so the sidebar keeps the last good one.
 */
export function PlaybookEditor({ playbook, readOnlyReason }: Props) {
  const [draft, setDraft] = useState<PlaybookDraft>(playbook);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const lastSaved = useRef(JSON.stringify(playbook));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // A playbook that changes from outside (an import, a subscription, a policy) replaces the draft.
  useEffect(() => {
    const incoming = JSON.stringify(playbook);
    if (incoming === lastSaved.current) return;
    lastSaved.current = incoming;
    setDraft(playbook);
  }, [playbook]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const read = checkPlaybook(draft);
  const problems = read.ok ? [] : read.problems;

  const change = (next: PlaybookDraft) => {
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    const checked = checkPlaybook(next);
    if (!checked.ok) return;
    timer.current = setTimeout(() => {
      lastSaved.current = JSON.stringify(checked.playbook);
      const at = Date.now();
      void saveLocalTeamPlaybook(checked.playbook, { kind: 'edited', at }).then(() => setSavedAt(at));
    }, SAVE_DELAY_MS);
  };

  const readOnly = readOnlyReason !== null;
  const nameProblems = problemsAt(problems, 'name');
  return (
    <div class="lf-editor" data-testid="lf-playbook-editor">
      <h3 class="lf-subheading">Edit the playbook</h3>
      {readOnlyReason && (
        <p class="lf-muted" id="lf-editor-readonly">
          {readOnlyReason}
        </p>
      )}
      <fieldset class="lf-bare-fieldset" disabled={readOnly} aria-describedby={readOnly ? 'lf-editor-readonly' : undefined}>
        <legend class="lf-visually-hidden">Playbook</legend>
        <label for="lf-playbook-name">Playbook name</label>
        <input
          id="lf-playbook-name"
          data-testid="lf-playbook-name"
          type="text"
          maxLength={PLAYBOOK_LIMITS.nameChars}
          value={draft.name}
          aria-invalid={nameProblems.length > 0 || undefined}
          onInput={(event) => change({ ...draft, name: event.currentTarget.value })}
        />
        <label for="lf-playbook-description">Description (optional)</label>
        <textarea
          id="lf-playbook-description"
          class="lf-input"
          rows={2}
          maxLength={PLAYBOOK_LIMITS.descriptionChars}
          value={draft.description ?? ''}
          onInput={(event) => change(withoutEmpty({ ...draft, description: event.currentTarget.value }, ['description']))}
        />
        {draft.checklists.map((checklist, index) => (
          <ChecklistEditor
            key={checklist.id}
            checklist={checklist}
            path={`checklists[${index}]`}
            problems={problems}
            canRemove={draft.checklists.length > 1}
            onChange={(next) => change({ ...draft, checklists: draft.checklists.map((c, i) => (i === index ? next : c)) })}
            onRemove={() => change({ ...draft, checklists: draft.checklists.filter((_, i) => i !== index) })}
          />
        ))}
        <button
          type="button"
          class="lf-button lf-button--secondary"
          disabled={draft.checklists.length >= PLAYBOOK_LIMITS.checklists}
          onClick={() =>
            change({
              ...draft,
              checklists: [...draft.checklists, { id: newId('checklist', draft.checklists), name: 'New checklist', when: { tags: ['change-me'] }, items: [{ id: 'first-item', label: 'First item' }] }],
            })
          }
        >
          Add a checklist
        </button>
        <VocabularyEditor vocabulary={draft.vocabulary} problems={problems} onChange={(vocabulary) => change(withoutEmpty({ ...draft, vocabulary }, ['vocabulary']))} />
        <TeamSettingsEditor
          settings={draft}
          problems={problems}
          onChange={(team) => change(withoutEmpty({ ...draft, ...team }, ['hintCategories', 'restatementPrefix', 'retentionDays']))}
        />
      </fieldset>
      <div role="status" data-testid="lf-editor-status">
        {problems.length > 0 ? (
          <ProblemList intro="Not saved yet; the sidebar keeps the last saved playbook until these are fixed:" problems={problems} />
        ) : (
          savedAt !== null && <p>Saved at {new Date(savedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}.</p>
        )}
      </div>
      <h3 class="lf-subheading">Preview</h3>
      <PlaybookPreview playbook={read.ok ? read.playbook : playbook} />
    </div>
  );
}
