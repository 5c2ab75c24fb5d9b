interface Props {
  value: string;
  disabled: boolean;
  canInsert: boolean;
  insertMessage: string | null;
  onInput(value: string): void;
  onInsert(): void;
}

/** The agent's paraphrase of the customer's problem, and the button that puts it atop the reply. */
export function RestatementField({ value, disabled, canInsert, insertMessage, onInput, onInsert }: Props) {
  return (
    <section class="lf-section" aria-labelledby="lf-restatement-label">
      <label class="lf-section__title" id="lf-restatement-label" for="lf-restatement">
        Restate the problem in their words
      </label>
      <textarea
        id="lf-restatement"
        class="lf-textarea"
        data-testid="lf-restatement"
        rows={4}
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
