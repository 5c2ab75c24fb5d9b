import { ProblemList } from './ProblemList';

interface Props {
  managed: boolean;
  problems: string[];
}

/** Top of the options page: whether an organisation manages ListenFirst, and what is wrong with its policy. */
export function PolicyNotice({ managed, problems }: Props) {
  if (!managed && problems.length === 0) return null;
  return (
    <section class="lf-policy" data-testid="lf-policy-notice" aria-labelledby="lf-policy-title">
      <h2 id="lf-policy-title" class="lf-policy__title">
        Managed by your organisation
      </h2>
      <p>Settings marked "Set by your organisation" come from a browser policy and can't be changed here.</p>
      {problems.length > 0 && (
        <ProblemList
          testId="lf-policy-problems"
          intro="Part of the policy could not be used, so the last good settings stay in force. Ask your IT team to fix:"
          problems={problems}
        />
      )}
    </section>
  );
}
