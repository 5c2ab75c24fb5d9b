interface Props {
  /** What happened and what stays as it was, e.g. "broken.json was not imported; your current playbook is unchanged." */
  intro: string;
  problems: readonly string[];
  testId?: string;
}

/** A refusal with every problem listed, each by path and reason. */
export function ProblemList({ intro, problems, testId }: Props) {
  return (
    <div class="lf-warning" data-testid={testId}>
      <p>{intro}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

/** A field's own problems, listed beside it (reasons only: the field names the path). */
export function FieldProblems({ problems }: { problems: readonly string[] }) {
  return (
    <ul class="lf-problem">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
