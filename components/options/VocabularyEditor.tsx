import { PLAYBOOK_LIMITS, type PlaybookVocabulary } from '@/lib/playbooks/playbook-schema';
import { problemsUnder, withoutEmpty } from './playbook-draft';
import { FieldProblems } from './ProblemList';
import { useFieldText } from './use-field-text';

interface Props {
  vocabulary: PlaybookVocabulary | undefined;
  problems: readonly string[];
  onChange(vocabulary: PlaybookVocabulary | undefined): void;
}

/** The team's words: "we say workspace, customers say account", and the jargon customers won't know. Literal words only. */
export function VocabularyEditor({ vocabulary, problems, onChange }: Props) {
  const pairs = vocabulary?.termPairs ?? [];
  const jargon = vocabulary?.jargon ?? [];
  const [jargonText, setJargonText] = useFieldText(jargon.join('\n'));
  const set = (change: Partial<PlaybookVocabulary>) => {
    const next = withoutEmpty({ ...vocabulary, ...change }, ['termPairs', 'jargon']);
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  const setPairs = (next: PlaybookVocabulary['termPairs']) => set({ termPairs: next && next.length > 0 ? next : undefined });
  const vocabularyProblems = problemsUnder(problems, 'vocabulary');

  return (
    <fieldset data-testid="lf-vocabulary-editor">
      <legend>Team vocabulary</legend>
      <p class="lf-muted">Words only, matched as written: no patterns.</p>
      {pairs.length > 0 && (
        <table class="lf-term-pairs">
          <caption class="lf-visually-hidden">Term pairs</caption>
          <thead>
            <tr>
              <th scope="col">Customers say</th>
              <th scope="col">We say</th>
              <th scope="col">
                <span class="lf-visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair, index) => (
              <tr key={index}>
                <td>
                  <input
                    type="text"
                    aria-label={`Customers say (pair ${index + 1})`}
                    maxLength={PLAYBOOK_LIMITS.termChars}
                    value={pair.customer}
                    onInput={(event) => setPairs(pairs.map((p, i) => (i === index ? { ...p, customer: event.currentTarget.value } : p)))}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`We say (pair ${index + 1})`}
                    maxLength={PLAYBOOK_LIMITS.termChars}
                    value={pair.ours}
                    onInput={(event) => setPairs(pairs.map((p, i) => (i === index ? { ...p, ours: event.currentTarget.value } : p)))}
                  />
                </td>
                <td>
                  <button type="button" class="lf-link" aria-label={`Remove pair ${index + 1}`} onClick={() => setPairs(pairs.filter((_, i) => i !== index))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="lf-button lf-button--secondary" onClick={() => setPairs([...pairs, { customer: '', ours: '' }])}>
        Add a term pair
      </button>
      <label for="lf-jargon">Jargon to flag (one word or phrase per line)</label>
      <textarea
        id="lf-jargon"
        class="lf-input"
        rows={4}
        value={jargonText}
        onInput={(event) => setJargonText(event.currentTarget.value)}
        onChange={(event) => {
          const words = event.currentTarget.value.split('\n').map((word) => word.trim()).filter(Boolean);
          set({ jargon: words.length > 0 ? words : undefined });
        }}
      />
      {vocabularyProblems.length > 0 && <FieldProblems problems={vocabularyProblems} />}
    </fieldset>
  );
}
