import type { Hint } from '@/lib/listening/types';
import { CATEGORY_LABELS } from '../common/category-labels';

interface Props {
  hints: readonly Hint[];
  truncated: boolean;
  editorAvailable: boolean;
  onSelect(hint: Hint): void;
  onApply(hint: Hint): void;
  onDismiss(hint: Hint): void;
}

/** What a careful listener would notice in the reply, each pointing at the exact words. */
export function HintList({ hints, truncated, editorAvailable, onSelect, onApply, onDismiss }: Props) {
  return (
    <section class="lf-section" aria-labelledby="lf-hints-title">
      <h3 class="lf-section__title" id="lf-hints-title">
        Reply hints {hints.length > 0 && <span class="lf-count">{hints.length}</span>}
      </h3>
      {truncated && <p class="lf-muted">Only the start of this long reply was checked.</p>}
      <ul class="lf-hints" data-testid="lf-hints" aria-live="polite">
        {hints.length === 0 && <li class="lf-muted">{editorAvailable ? 'Nothing to point out so far.' : 'Hints appear as you write your reply.'}</li>}
        {hints.map((hint) => (
          <li class="lf-hint" data-testid="lf-hint" data-category={hint.category} data-rule={hint.rule} key={`${hint.rule}:${hint.start}`}>
            <div class="lf-hint__head">
              <span class="lf-hint__category">{CATEGORY_LABELS[hint.category]}</span>
              {hint.text && (
                <button
                  type="button"
                  class="lf-hint__words"
                  data-testid="lf-hint-words"
                  title="Select these words in the reply"
                  disabled={!editorAvailable}
                  onClick={() => onSelect(hint)}
                >
                  “{hint.text.length > 80 ? `${hint.text.slice(0, 80)}…` : hint.text}”
                </button>
              )}
            </div>
            <p class="lf-hint__message">{hint.message}</p>
            {hint.suggestion && (
              <p class="lf-hint__suggestion">
                <span class="lf-muted">Try: </span>
                {hint.suggestion}
              </p>
            )}
            <div class="lf-row">
              {hint.suggestion && hint.text && (
                <button type="button" class="lf-button lf-button--small" data-testid="lf-hint-apply" disabled={!editorAvailable} onClick={() => onApply(hint)}>
                  Use this wording
                </button>
              )}
              <button type="button" class="lf-link" data-testid="lf-hint-dismiss" onClick={() => onDismiss(hint)}>
                Dismiss for this ticket
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A dismissed hint stays dismissed for the ticket while the same words remain. */
export function hintKey(hint: Hint): string {
  return `${hint.category}:${hint.rule}:${hint.text.toLowerCase().slice(0, 200)}`;
}
