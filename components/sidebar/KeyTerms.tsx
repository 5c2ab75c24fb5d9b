import type { RestatementCoverage } from '@/lib/listening/types';

interface Props {
  restatement: RestatementCoverage;
  reply: RestatementCoverage;
  onUseTerm(term: string): void;
}

type TermState = 'covered' | 'missing' | 'renamed';

function stateOf(coverage: RestatementCoverage, term: string): { state: TermState; used?: string } {
  const renamed = coverage.mismatches.find((m) => m.customer === term);
  if (renamed) return { state: 'renamed', used: renamed.used };
  return { state: coverage.covered.includes(term) ? 'covered' : 'missing' };
}

const STATE_LABELS: Record<TermState, string> = { covered: 'covered', missing: 'missing', renamed: 'renamed' };

/** The customer's own key terms, and which of them the restatement (and the reply) use. */
export function KeyTerms({ restatement, reply, onUseTerm }: Props) {
  if (!restatement.keyTerms.length) return null;
  const percent = Math.round(restatement.coverage * 100);
  const total = restatement.keyTerms.length;
  const scoreHelp =
    total > restatement.fullAt
      ? `A full restatement keeps ${restatement.fullAt} of their ${total} terms; the side details can stay out.`
      : 'A full restatement keeps all of their terms.';
  return (
    <section class="lf-section" data-testid="lf-key-terms" aria-labelledby="lf-key-terms-title">
      <h3 class="lf-section__title" id="lf-key-terms-title">
        Their words{' '}
        <span class="lf-coverage" data-testid="lf-coverage" title={scoreHelp}>
          {percent}% · {restatement.covered.length} of {total} in your restatement
        </span>
      </h3>
      <ul class="lf-terms">
        {restatement.keyTerms.map(({ term }) => {
          const inRestatement = stateOf(restatement, term);
          const inReply = stateOf(reply, term);
          const description = `${term}: ${STATE_LABELS[inRestatement.state]} in the restatement${
            inRestatement.used ? ` (as “${inRestatement.used}”)` : ''
          }, ${STATE_LABELS[inReply.state]} in the reply${inReply.used ? ` (as “${inReply.used}”)` : ''}. Insert into the restatement.`;
          return (
            <li key={term}>
              <button
                type="button"
                class={`lf-term lf-term--${inRestatement.state}`}
                data-testid="lf-key-term"
                data-state={inRestatement.state}
                data-reply-state={inReply.state}
                aria-label={description}
                title={description}
                onClick={() => onUseTerm(term)}
              >
                <span aria-hidden="true" class="lf-term__mark">
                  {inRestatement.state === 'covered' ? '✓' : inRestatement.state === 'renamed' ? '≠' : '○'}
                </span>
                {term}
                {inRestatement.used && <span class="lf-term__used"> → {inRestatement.used}</span>}
                {inReply.state === 'covered' && <span class="lf-term__reply" aria-hidden="true"> · in reply</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
