import { useRef, useState } from 'preact/hooks';
import { helpdeskLabel } from '@/lib/adapters/registry';
import { HELPDESK_IDS, PLAYBOOK_LIMITS } from '@/lib/playbooks/playbook-schema';
import { ChecklistItemEditor } from './ChecklistItemEditor';
import { useFieldText } from './use-field-text';
import { moveEntry, newId, parseList, problemsAt, withoutEmpty, type ChecklistDraft, type ItemDraft } from './playbook-draft';

interface Props {
  checklist: ChecklistDraft;
  /** `checklists[1]` */
  path: string;
  problems: readonly string[];
  canRemove: boolean;
  onChange(checklist: ChecklistDraft): void;
  onRemove(): void;
}

/** One checklist: its name, when it applies, and its items (add, edit, reorder by drag or keyboard, remove). */
export function ChecklistEditor({ checklist, path, problems, canRemove, onChange, onRemove }: Props) {
  // A ref, not state: dragover and drop fire before a re-render could hand new closures out.
  const dragFrom = useRef<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [focus, setFocus] = useState<{ id: string; button: 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const base = `lf-${path.replace(/\W+/g, '-')}`;
  const when = checklist.when ?? {};
  const [channelsText, setChannelsText] = useFieldText((when.channels ?? []).join(', '));
  const [tagsText, setTagsText] = useFieldText((when.tags ?? []).join(', '));

  const setItems = (items: ItemDraft[]) => onChange({ ...checklist, items });
  const setWhen = (change: Partial<NonNullable<ChecklistDraft['when']>>) => {
    const next = withoutEmpty({ ...when, ...change }, ['helpdesks', 'channels', 'tags']);
    onChange(withoutEmpty({ ...checklist, when: Object.keys(next).length > 0 ? next : undefined }, ['when']));
  };

  const move = (from: number, to: number, viaKeyboard: boolean) => {
    if (to < 0 || to >= checklist.items.length || from === to) return;
    const item = checklist.items[from]!;
    setItems(moveEntry(checklist.items, from, to));
    if (viaKeyboard) setFocus({ id: item.id, button: to < from ? 'up' : 'down' });
    setAnnouncement(`"${item.label.trim() || 'Item'}" moved to position ${to + 1} of ${checklist.items.length}.`);
  };

  const addItem = () => {
    const id = newId('item', checklist.items);
    setItems([...checklist.items, { id, label: '' }]);
    setAnnouncement(`Item ${checklist.items.length + 1} added; type its words.`);
    // Focus the new item's words once it renders.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-item-id="${id}"] [data-testid="lf-item-label"]`)?.focus());
  };

  const nameProblems = problemsAt(problems, `${path}.name`);
  const itemsProblems = problemsAt(problems, `${path}.items`);
  const helpdesks = when.helpdesks ?? [];

  return (
    <fieldset class="lf-checklist-editor" data-testid="lf-checklist-editor" data-checklist-id={checklist.id}>
      <legend>{checklist.name.trim() || 'Unnamed checklist'}</legend>
      <label for={`${base}-name`}>Checklist name</label>
      <input
        id={`${base}-name`}
        type="text"
        data-testid="lf-checklist-name"
        maxLength={PLAYBOOK_LIMITS.nameChars}
        value={checklist.name}
        aria-invalid={nameProblems.length > 0 || undefined}
        aria-describedby={nameProblems.length > 0 ? `${base}-name-problem` : undefined}
        onInput={(event) => onChange({ ...checklist, name: event.currentTarget.value })}
      />
      {nameProblems.length > 0 && (
        <p class="lf-problem" id={`${base}-name-problem`}>
          {nameProblems.join('; ')}
        </p>
      )}
      <details class="lf-conditions" open={checklist.when !== undefined}>
        <summary>When it applies</summary>
        <p class="lf-muted">Leave everything empty for the everyday checklist. Otherwise every condition given must match the ticket.</p>
        <fieldset class="lf-inline-fieldset">
          <legend>Only on</legend>
          {HELPDESK_IDS.map((id) => (
            <label class="lf-switch" key={id}>
              <input
                type="checkbox"
                checked={helpdesks.includes(id)}
                onChange={(event) =>
                  setWhen({
                    helpdesks: event.currentTarget.checked ? [...helpdesks, id] : helpdesks.filter((h) => h !== id).length ? helpdesks.filter((h) => h !== id) : undefined,
                  })
                }
              />
              {helpdeskLabel(id)}
            </label>
          ))}
        </fieldset>
        <label for={`${base}-channels`}>Ticket channels (comma-separated, e.g. email, chat)</label>
        <input
          id={`${base}-channels`}
          type="text"
          value={channelsText}
          onInput={(event) => setChannelsText(event.currentTarget.value)}
          onChange={(event) => setWhen({ channels: parseList(event.currentTarget.value) })}
        />
        <label for={`${base}-tags`}>Ticket tags (comma-separated, any one matches)</label>
        <input
          id={`${base}-tags`}
          type="text"
          data-testid="lf-checklist-tags"
          value={tagsText}
          onInput={(event) => setTagsText(event.currentTarget.value)}
          onChange={(event) => setWhen({ tags: parseList(event.currentTarget.value) })}
        />
      </details>
      {itemsProblems.length > 0 && <p class="lf-problem">{itemsProblems.join('; ')}</p>}
      <ol class="lf-item-list" aria-label={`Items of ${checklist.name.trim() || 'this checklist'}`}>
        {checklist.items.map((item, index) => (
          <ChecklistItemEditor
            key={item.id}
            item={item}
            path={`${path}.items[${index}]`}
            position={index}
            count={checklist.items.length}
            problems={problems}
            focusRequest={focus?.id === item.id ? focus.button : null}
            dropTarget={dropAt === index && dropAt !== dragFrom.current}
            onChange={(next) => setItems(checklist.items.map((entry, i) => (i === index ? next : entry)))}
            onMove={(direction) => move(index, index + direction, true)}
            onRemove={() => {
              setItems(checklist.items.filter((_, i) => i !== index));
              setAnnouncement(`"${item.label.trim() || 'Item'}" removed.`);
            }}
            onDragStart={(event) => {
              event.dataTransfer?.setData('text/plain', item.id);
              if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
              dragFrom.current = index;
            }}
            onDragOver={(event) => {
              if (dragFrom.current === null) return;
              event.preventDefault();
              if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
              setDropAt(index);
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragFrom.current !== null) move(dragFrom.current, index, false);
              dragFrom.current = null;
              setDropAt(null);
            }}
            onDragEnd={() => {
              dragFrom.current = null;
              setDropAt(null);
            }}
          />
        ))}
      </ol>
      <div class="lf-row">
        <button type="button" class="lf-button lf-button--secondary" data-testid="lf-add-item" disabled={checklist.items.length >= PLAYBOOK_LIMITS.itemsPerChecklist} onClick={addItem}>
          Add an item
        </button>
        {canRemove && (
          <button type="button" class="lf-link" onClick={onRemove}>
            Remove this checklist
          </button>
        )}
      </div>
      <p class="lf-visually-hidden" aria-live="polite" data-testid="lf-reorder-announcement">
        {announcement}
      </p>
    </fieldset>
  );
}
