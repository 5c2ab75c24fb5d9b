import type { ChecklistState } from '@/lib/messaging/messages';
import { STAGE_LABELS, type ChecklistItem, type ChecklistStage } from '@/lib/playbooks/checklist';

interface Props {
  title?: string;
  items: readonly ChecklistItem[];
  state: ChecklistState;
  onToggle(itemId: string, done: boolean): void;
}

interface Group {
  stage: ChecklistStage | undefined;
  items: ChecklistItem[];
}

/** Items in the playbook's order, grouped under their stage where they have one. */
function groupByStage(items: readonly ChecklistItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.stage === item.stage) last.items.push(item);
    else groups.push({ stage: item.stage, items: [item] });
  }
  return groups;
}

export function Checklist({ title = 'Listening checklist', items, state, onToggle }: Props) {
  return (
    <section class="lf-section" data-testid="lf-checklist" aria-labelledby="lf-checklist-title">
      <h3 class="lf-section__title" id="lf-checklist-title">
        {title}
      </h3>
      {groupByStage(items).map((group, index) => {
        const list = (
          <ul class="lf-checklist">
            {group.items.map((item) => {
              const mark = state[item.id];
              const inputId = `lf-item-${item.id}`;
              return (
                <li class="lf-checklist__item" data-testid="lf-checklist-item" data-item-id={item.id} key={item.id}>
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={mark?.done ?? false}
                    onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
                    aria-describedby={item.help ? `${inputId}-help` : undefined}
                  />
                  <label for={inputId}>
                    {item.label}
                    {item.required && <span class="lf-required"> (required)</span>}
                    {mark?.done && mark.auto && <span class="lf-auto" title="Ticked automatically"> auto</span>}
                  </label>
                  {item.help && (
                    <p class="lf-checklist__help" id={`${inputId}-help`}>
                      {item.help}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        );
        return group.stage ? (
          <div class="lf-stage" key={`${group.stage}-${index}`} role="group" aria-label={STAGE_LABELS[group.stage]}>
            <h4 class="lf-stage__title">{STAGE_LABELS[group.stage]}</h4>
            {list}
          </div>
        ) : (
          <div class="lf-stage" key={`items-${index}`}>
            {list}
          </div>
        );
      })}
    </section>
  );
}

export function checklistProgress(items: readonly ChecklistItem[], state: ChecklistState): { done: number; total: number } {
  return { done: items.filter((item) => state[item.id]?.done).length, total: items.length };
}
