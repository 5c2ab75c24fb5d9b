import { useEffect, useRef } from 'preact/hooks';
import { AUTO_CHECKS, CHECKLIST_STAGES, STAGE_LABELS, type AutoCheck, type ChecklistStage } from '@/lib/playbooks/checklist';
import { PLAYBOOK_LIMITS } from '@/lib/playbooks/playbook-schema';
import { problemsAt, withoutEmpty, type ItemDraft } from './playbook-draft';

const AUTO_CHECK_LABELS: Record<AutoCheck, string> = {
  restated: 'the restatement is written',
  'clarifying-question': 'the reply asks a clarifying question',
  'next-step': 'the reply says what happens next',
  thanked: 'the reply thanks them',
};

interface Props {
  item: ItemDraft;
  /** Path of this item in the playbook, e.g. `checklists[0].items[2]`, for its problems. */
  path: string;
  position: number;
  count: number;
  problems: readonly string[];
  /** After a keyboard move, the button that should have focus again. */
  focusRequest: 'up' | 'down' | null;
  dropTarget: boolean;
  onChange(item: ItemDraft): void;
  onMove(direction: -1 | 1): void;
  onRemove(): void;
  onDragStart(event: DragEvent): void;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
  onDragEnd(): void;
}

/** One checklist item: its words, stage, automatic check and whether it is required; moved by drag or by buttons. */
export function ChecklistItemEditor(props: Props) {
  const { item, path, position, count, problems, focusRequest } = props;
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const wanted = focusRequest === 'up' ? upRef.current : downRef.current;
    const other = focusRequest === 'up' ? downRef.current : upRef.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusRequest, position]);

  const base = `lf-item-${path.replace(/\W+/g, '-')}`;
  const update = (change: Partial<ItemDraft>) => props.onChange(withoutEmpty({ ...item, ...change }, ['help', 'stage', 'autoCheck', 'required']));
  const name = item.label.trim() || `item ${position + 1}`;
  const labelProblems = problemsAt(problems, `${path}.label`);
  const helpProblems = problemsAt(problems, `${path}.help`);

  return (
    <li
      class={`lf-item-editor${props.dropTarget ? ' lf-item-editor--drop' : ''}`}
      data-testid="lf-item-editor"
      data-item-id={item.id}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
    >
      <span
        class="lf-drag-handle"
        draggable
        data-testid="lf-drag-handle"
        title="Drag to reorder (or use Move up and Move down)"
        aria-hidden="true"
        onDragStart={props.onDragStart}
        onDragEnd={props.onDragEnd}
      >
        ⠿
      </span>
      <div class="lf-item-editor__fields">
        <label for={`${base}-label`}>Item {position + 1}</label>
        <input
          id={`${base}-label`}
          data-testid="lf-item-label"
          type="text"
          maxLength={PLAYBOOK_LIMITS.labelChars}
          value={item.label}
          aria-invalid={labelProblems.length > 0 || undefined}
          aria-describedby={labelProblems.length > 0 ? `${base}-label-problem` : undefined}
          onInput={(event) => update({ label: event.currentTarget.value })}
        />
        {labelProblems.length > 0 && (
          <p class="lf-problem" id={`${base}-label-problem`}>
            {labelProblems.join('; ')}
          </p>
        )}
        <label for={`${base}-help`}>Why (optional)</label>
        <textarea
          id={`${base}-help`}
          class="lf-input"
          rows={2}
          maxLength={PLAYBOOK_LIMITS.helpChars}
          value={item.help ?? ''}
          aria-invalid={helpProblems.length > 0 || undefined}
          onInput={(event) => update({ help: event.currentTarget.value })}
        />
        <div class="lf-item-editor__options">
          <div>
            <label for={`${base}-stage`}>Stage</label>
            <select
              id={`${base}-stage`}
              value={item.stage ?? ''}
              onChange={(event) => update({ stage: (event.currentTarget.value || undefined) as ChecklistStage | undefined })}
            >
              <option value="">None</option>
              {CHECKLIST_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_LABELS[stage]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for={`${base}-auto`}>Ticks itself when</label>
            <select
              id={`${base}-auto`}
              value={item.autoCheck ?? ''}
              onChange={(event) => update({ autoCheck: (event.currentTarget.value || undefined) as AutoCheck | undefined })}
            >
              <option value="">Never (the agent ticks it)</option>
              {AUTO_CHECKS.map((check) => (
                <option key={check} value={check}>
                  {AUTO_CHECK_LABELS[check]}
                </option>
              ))}
            </select>
          </div>
          <label class="lf-switch">
            <input type="checkbox" checked={item.required ?? false} onChange={(event) => update({ required: event.currentTarget.checked })} />
            Required on every reply
          </label>
        </div>
      </div>
      <div class="lf-item-editor__actions">
        <button type="button" class="lf-icon-text" ref={upRef} disabled={position === 0} aria-label={`Move "${name}" up`} onClick={() => props.onMove(-1)}>
          ↑ Up
        </button>
        <button
          type="button"
          class="lf-icon-text"
          ref={downRef}
          disabled={position === count - 1}
          aria-label={`Move "${name}" down`}
          onClick={() => props.onMove(1)}
        >
          ↓ Down
        </button>
        <button type="button" class="lf-icon-text" disabled={count === 1} aria-label={`Remove "${name}"`} onClick={props.onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}
