import { describe, expect, it } from 'vitest';
import { extractKeyTermsWith, keyTermCandidates } from './key-terms';
import { TERM_FEATURES, termFeatures, termProbability, termStems, type KeyTermModel } from './key-term-model';
import { KEY_TERM_MODEL } from './key-term-weights';
import { stem } from './stem';

const MESSAGE = 'Since the 4.2.1 update the PDF export keeps crashing. I need it for payroll on Friday. Order AB-101.';

/** A model that weighs nothing but what it is given: every other weight 0, so every candidate reads 0.5. */
function modelWith(weights: Record<string, number>, vocabulary: string[] = [], threshold = 0): KeyTermModel {
  const features = [...TERM_FEATURES];
  const all = [...features, ...vocabulary];
  return {
    features,
    vocabulary,
    mean: all.map(() => 0),
    scale: all.map(() => 1),
    weights: all.map((name) => weights[name] ?? 0),
    bias: 0,
    threshold,
  };
}

describe('the key-term model', () => {
  it('ships weights for the features the engine reads, one for each dense feature and each stem of its vocabulary', () => {
    expect(KEY_TERM_MODEL.features).toEqual(TERM_FEATURES);
    const width = TERM_FEATURES.length + KEY_TERM_MODEL.vocabulary.length;
    expect(KEY_TERM_MODEL.vocabulary.length).toBeGreaterThan(0);
    expect([KEY_TERM_MODEL.mean.length, KEY_TERM_MODEL.scale.length, KEY_TERM_MODEL.weights.length]).toEqual([width, width, width]);
  });

  it('reads a stem of its vocabulary as the standardised one-hot feature it was fitted on', () => {
    const model: KeyTermModel = { ...modelWith({}, ['payrol', 'export']), mean: [...TERM_FEATURES.map(() => 0), 0.2, 0.4], scale: [...TERM_FEATURES.map(() => 1), 0.5, 2], weights: [...TERM_FEATURES.map(() => 0), 1.5, -1] };
    const dense = TERM_FEATURES.map(() => 0);
    // payrol present: 1.5 · (1 − 0.2) / 0.5; export absent: −1 · (0 − 0.4) / 2.
    const z = (1.5 * 0.8) / 0.5 + (-1 * -0.4) / 2;
    expect(termProbability(model, dense, ['payrol'])).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
  });

  it('orders the candidates by the model: with fewer places than candidates, what it weighs least is left out', () => {
    const many = `${MESSAGE} Codes: ${Array.from({ length: 12 }, (_, i) => `CD-${200 + i}`).join(', ')}.`;
    const codesFirst = extractKeyTermsWith(many, modelWith({ code: 3 })).map((t) => t.term);
    const wordsFirst = extractKeyTermsWith(many, modelWith({ code: -3 })).map((t) => t.term);
    expect(codesFirst.filter((t) => /^(?:AB|CD)-/.test(t))).toHaveLength(12);
    expect(wordsFirst).toContain('keeps crashing');
    expect(wordsFirst.filter((t) => /^CD-/.test(t)).length).toBeLessThan(12);
  });

  it('shows no candidate under its threshold, even with places free', () => {
    const payroll = stem('payroll');
    const all = extractKeyTermsWith(MESSAGE, modelWith({}, [payroll])).map((t) => t.term);
    const without = extractKeyTermsWith(MESSAGE, modelWith({ [payroll]: -5 }, [payroll], 0.2)).map((t) => t.term);
    expect(all).toContain('payroll');
    expect(without).not.toContain('payroll');
    expect(without).toEqual(all.filter((t) => t !== 'payroll'));
  });

  it('reads the features of every candidate the extractor finds, in TERM_FEATURES order', () => {
    const { context, candidates } = keyTermCandidates(MESSAGE);
    const crashing = candidates.find((c) => context.doc.text.slice(c.start, c.end) === 'keeps crashing');
    expect(crashing).toBeDefined();
    if (!crashing) return;
    const features = termFeatures(context, crashing);
    expect(features).toHaveLength(TERM_FEATURES.length);
    expect(features[TERM_FEATURES.indexOf('symptom')]).toBe(1);
    expect(features[TERM_FEATURES.indexOf('code')]).toBe(0);
    expect(termStems(context, crashing)).toEqual(['keep', 'crash']);
  });
});
