import type { Ref } from 'preact';
import { MAX_DRAFT_TEXT } from '@/lib/drafts/limits';

interface Props {
  value: string;
  disabled: boolean;
  canInsert: boolean;
  insertMessage: string | null;
  textareaRef: Ref<HTMLTextAreaElement>;
  onInput(value: string): void;
  onInsert(): void;
}

/** The agent's paraphrase of the customer's problem, and the button that puts it atop the reply. */
export function RestatementField({ value, disabled, canInsert, insertMessage, textareaRef, onInput, onInsert }: Props) {
  return (
    <section class="lf-section" aria-labelledby="lf-restatement-label">
      <label class="lf-section__title" id="lf-restatement-label" for="lf-restatement">
        Restate the problem in their words
      </label>
      <textarea
        id="lf-restatement"
        ref={textareaRef}
        class="lf-textarea"
        data-testid="lf-restatement"
        rows={4}
        maxLength={MAX_DRAFT_TEXT}
        value={value}
        disabled={disabled}
        placeholder="So what you're seeing is … — is that right?"
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <div class="lf-row">
        <button
          type="button"
          class="lf-button"
          data-testid="lf-insert-restatement"
          disabled={!value.trim() || !canInsert}
          onClick={onInsert}
        >
          Insert at top of reply
        </button>
        {insertMessage && (
          <span class="lf-muted" role="status">
            {insertMessage}
          </span>
        )}
      </div>
    </section>
  );
}

/** The restatement with `term` put in at the cursor, spaced from its neighbours, and where the cursor goes. */
export function insertTermAt(value: string, cursor: number, term: string): { value: string; cursor: number } {
  const at = Math.max(0, Math.min(cursor, value.length));
  const before = value.slice(0, at);
  const after = value.slice(at);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^[\s.,;:!?)]/.test(after) ? ' ' : '';
  const inserted = `${lead}${term}${trail}`;
  return { value: before + inserted + after, cursor: at + lead.length + term.length };
}
