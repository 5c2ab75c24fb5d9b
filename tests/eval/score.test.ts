import { describe, expect, it } from 'vitest';
import { addOutcomes, cohensKappa, emptyTally, isFoundTerm, isRightTerm, judgeReply, median, precision, recall, scoreTerms } from './score';

describe('judging a reply against two labellers', () => {
  const labels = [{ deserved: ['no-acknowledgement', 'dismissive'] }, { deserved: ['no-acknowledgement'] }];

  it('counts a hint one labeller wanted as right, and one nobody wanted as wrong', () => {
    const outcomes = judgeReply(new Set(['dismissive', 'shouting']), labels, ['dismissive', 'shouting']);
    expect(outcomes.get('dismissive')).toEqual(['right']);
    expect(outcomes.get('shouting')).toEqual(['wrong']);
  });

  it('counts a hint as missed only when both labellers wanted it', () => {
    const outcomes = judgeReply(new Set(), labels, ['no-acknowledgement', 'dismissive']);
    expect(outcomes.get('no-acknowledgement')).toEqual(['missed']);
    expect(outcomes.get('dismissive')).toEqual([]);
  });

  it('turns outcomes into precision and recall', () => {
    const tally = emptyTally();
    addOutcomes(tally, ['right', 'found']);
    addOutcomes(tally, ['wrong']);
    addOutcomes(tally, ['missed']);
    expect(precision(tally)).toBe(0.5);
    expect(recall(tally)).toBe(0.5);
    expect(precision(emptyTally())).toBeNull();
  });
});

describe('matching key terms to labelled ones', () => {
  it('takes a term shown as right when half its words belong to one labelled term', () => {
    expect(isRightTerm('password change', ['the password change', 'Outlook'])).toBe(true);
    expect(isRightTerm('changes it', ['password change'])).toBe(false);
    expect(isRightTerm('Aiko', ['password change'])).toBe(false);
    expect(isRightTerm('Sync failed: Error 0x80070780 - the file cannot be read', ['0x80070780'])).toBe(true);
  });

  it('finds a must term when the terms shown carry half its words', () => {
    expect(isFoundTerm("won't let me log in", ['log', 'let'])).toBe(true);
    expect(isFoundTerm("won't let me log in", ['log in'])).toBe(false);
    expect(isFoundTerm('$40', ['$40'])).toBe(true);
  });

  it('takes the median of an even and an odd list', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("labellers' agreement", () => {
  it('is 1 when they always agree, 0 at chance, negative below it', () => {
    expect(cohensKappa([[true, true], [false, false], [true, true], [false, false]])).toBe(1);
    expect(cohensKappa([[true, true], [true, false], [false, true], [false, false]])).toBe(0);
    expect(cohensKappa([[true, false], [false, true]])).toBe(-1);
    expect(cohensKappa([])).toBeNull();
  });
});

describe('scoreTerms', () => {
  it('counts the terms shown that are right and the must terms they carry', () => {
    const labelling = { must: ['password change', 'Outlook calendar', 'since Monday'], ok: ['Slotwise'] };
    expect(scoreTerms(['the password change', 'Slotwise', 'Aiko', 'calendar'], labelling)).toEqual({ shown: 4, right: 3, must: 3, found: 2 });
    expect(scoreTerms([], labelling)).toEqual({ shown: 0, right: 0, must: 3, found: 0 });
  });
});
