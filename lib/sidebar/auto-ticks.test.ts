import { describe, expect, it } from 'vitest';
import type { ReplySignals, RestatementCoverage } from '../listening/types';
import { DEFAULT_CHECKLIST } from '../playbooks/checklist';
import { applyAutoTicks, evidenceFor } from './auto-ticks';

const none: ReplySignals = { thanks: false, acknowledgement: false, nextStep: false, timeframe: false, clarifyingQuestion: false, redirect: false };
const coverage = (value: number, terms = 4): RestatementCoverage => ({
  coverage: value,
  fullAt: terms,
  keyTerms: Array.from({ length: terms }, (_, i) => ({ term: `t${i}`, kind: 'word' as const })),
  covered: [],
  missing: [],
  mismatches: [],
});

describe('evidenceFor', () => {
  it('needs both a next step and a time for the next-step item', () => {
    expect(evidenceFor({ ...none, nextStep: true }, '', coverage(0))['next-step']).toBe(false);
    expect(evidenceFor({ ...none, nextStep: true, timeframe: true }, '', coverage(0))['next-step']).toBe(true);
  });

  it('counts a restatement as done only with good coverage of their terms', () => {
    expect(evidenceFor(none, 'Your license key is refused', coverage(0.25)).restated).toBe(false);
    expect(evidenceFor(none, 'Your license key is refused', coverage(0.5)).restated).toBe(true);
    expect(evidenceFor(none, 'key refused', coverage(1)).restated).toBe(false);
  });
});

describe('applyAutoTicks', () => {
  const evidence = { restated: false, 'clarifying-question': false, 'next-step': false, thanked: true };

  it('ticks an item the reply shows done, marked auto', () => {
    expect(applyAutoTicks(DEFAULT_CHECKLIST, {}, evidence)).toEqual({ 'thank-them': { done: true, auto: true } });
  });

  it('takes the automatic tick back when the evidence goes', () => {
    const ticked = { 'thank-them': { done: true, auto: true } };
    expect(applyAutoTicks(DEFAULT_CHECKLIST, ticked, { ...evidence, thanked: false })).toEqual({});
  });

  it("never touches what the agent ticked or unticked by hand", () => {
    const unticked = { 'thank-them': { done: false, auto: false } };
    expect(applyAutoTicks(DEFAULT_CHECKLIST, unticked, evidence)).toBe(unticked);
    const ticked = { 'advise-next-step': { done: true, auto: false } };
    expect(applyAutoTicks(DEFAULT_CHECKLIST, ticked, { ...evidence, thanked: false })).toBe(ticked);
  });

  it('returns the same object when nothing changes, so nothing is saved for nothing', () => {
    const state = { 'thank-them': { done: true, auto: true } };
    expect(applyAutoTicks(DEFAULT_CHECKLIST, state, evidence)).toBe(state);
  });
});
