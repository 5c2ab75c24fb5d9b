import type { ChecklistState } from '@/lib/messaging/messages';
import { STAGE_LABELS, type ChecklistItem, type ChecklistStage } from '@/lib/playbooks/checklist';

interface Props {
  items: readonly ChecklistItem[];
  state: ChecklistState;
  onToggle(itemId: string, done: boolean): void;
}

export function Checklist({ items, state, onToggle }: Props) {
  const stages = [...new Set(items.map((item) => item.stage))] as ChecklistStage[];
  return (
    <section class="lf-section" data-testid="lf-checklist" aria-labelledby="lf-checklist-title">
      <h3 class="lf-section__title" id="lf-checklist-title">
        Listening checklist
      </h3>
      {stages.map((stage) => (
        <div class="lf-stage" key={stage} role="group" aria-label={STAGE_LABELS[stage]}>
          <h4 class="lf-stage__title">{STAGE_LABELS[stage]}</h4>
          <ul class="lf-checklist">
            {items
              .filter((item) => item.stage === stage)
              .map((item) => {
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
        </div>
      ))}
    </section>
  );
}

export function checklistProgress(items: readonly ChecklistItem[], state: ChecklistState): { done: number; total: number } {
  return { done: items.filter((item) => state[item.id]?.done).length, total: items.length };
}
