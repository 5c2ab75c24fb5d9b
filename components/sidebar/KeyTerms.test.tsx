import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { restatementCoverage } from '@/lib/listening';
import { KeyTerms } from './KeyTerms';

// The score an agent reads beside the customer's terms, from the engine's real coverage.

const CUSTOMER = `Hi there,

Since the 4.2.1 update, the PDF export keeps crashing whenever I click the Export button on the Reports page.
It says "Error E-1043: renderer failed". I need this for payroll on Friday. My license key is ABC-1234-XYZ.

Thanks,
Maria`;

afterEach(async () => {
  await act(() => render(null, document.body));
});

async function scoreFor(restatement: string): Promise<HTMLElement> {
  const coverage = restatementCoverage(CUSTOMER, restatement);
  await act(() => render(<KeyTerms restatement={coverage} reply={restatementCoverage(CUSTOMER, '')} onUseTerm={() => {}} />, document.body));
  const score = document.querySelector<HTMLElement>('[data-testid="lf-coverage"]');
  if (!score) throw new Error('no score shown');
  return score;
}

describe('KeyTerms', () => {
  it('says how many of their terms the restatement keeps, and that 8 of a long list make it full', async () => {
    const score = await scoreFor(
      'So since updating to 4.2.1, exporting PDFs from the reports page crashes with E1043 when you click the export button, and you need it for Friday payroll?',
    );
    expect(score.textContent).toBe('100% · 9 of 11 in your restatement');
    expect(score.title).toBe('A full restatement keeps 8 of their 11 terms; the side details can stay out.');
    expect(document.querySelectorAll('[data-state="missing"]')).toHaveLength(2);
  });

  it('scores a short message against all its terms', async () => {
    const coverage = restatementCoverage("It won't let me log in since Monday.", "You can't log in.");
    await act(() => render(<KeyTerms restatement={coverage} reply={coverage} onUseTerm={() => {}} />, document.body));
    const score = document.querySelector<HTMLElement>('[data-testid="lf-coverage"]');
    expect(score?.textContent).toBe('50% · 1 of 2 in your restatement');
    expect(score?.title).toBe('A full restatement keeps all of their terms.');
  });
});
