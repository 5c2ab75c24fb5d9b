import { describe, expect, it } from 'vitest';
import { extractKeyTermsWith, keyTermCandidates, MAX_KEY_TERMS } from './key-terms';
import { TERM_FEATURES, termFeatures, termProbability, termStems, type KeyTermModel, type TermCandidate, type TermContext } from './key-term-model';
import { KEY_TERM_MODEL } from './key-term-weights';
import { stem } from './stem';

/** A tagger that reads every word alike (0.5). */
const NO_TAGGER = { features: [], weights: [], bias: 0 };

const MESSAGE = 'Since the 4.2.1 update the PDF export keeps crashing. I need it for payroll on Friday. Order AB-101.';

/** A model that weighs nothing but what it is given: every other weight 0, so every candidate reads 0.5. */
function modelWith(weights: Record<string, number>, vocabulary: string[] = [], threshold = 0): KeyTermModel {
  const features = [...TERM_FEATURES];
  return { features, vocabulary, weights: [...features, ...vocabulary].map((name) => weights[name] ?? 0), hidden: [], bias: 0, threshold, tagger: NO_TAGGER };
}

/** The message's reading and its candidate "keeps crashing", which the extractor must find. */
function crashingOf(message: string): { context: TermContext; crashing: TermCandidate } {
  const { context, candidates } = keyTermCandidates(message);
  const crashing = candidates.find((c) => context.doc.text.slice(c.start, c.end) === 'keeps crashing');
  if (!crashing) throw new Error('the extractor found no "keeps crashing"');
  return { context, crashing };
}

describe('the key-term model', () => {
  it('ships weights for the features the engine reads, one for each dense feature and each stem of its vocabulary', () => {
    expect(KEY_TERM_MODEL.features).toEqual(TERM_FEATURES);
    expect(KEY_TERM_MODEL.vocabulary.length).toBeGreaterThan(0);
    expect(KEY_TERM_MODEL.weights).toHaveLength(TERM_FEATURES.length + KEY_TERM_MODEL.vocabulary.length);
    expect(KEY_TERM_MODEL.hidden.length).toBeGreaterThan(0);
    for (const unit of KEY_TERM_MODEL.hidden) expect(unit.weights).toHaveLength(TERM_FEATURES.length);
    expect(KEY_TERM_MODEL.tagger.features.length).toBeGreaterThan(0);
    expect(KEY_TERM_MODEL.tagger.weights).toHaveLength(KEY_TERM_MODEL.tagger.features.length);
  });

  it('adds the weight of each feature times its value, and of each stem of its vocabulary the candidate holds', () => {
    const model = { ...modelWith({ symptom: 0.5, words: 0.25 }, ['payrol', 'export']), bias: -1 };
    model.weights = [...model.weights.slice(0, TERM_FEATURES.length), 1.5, -1];
    const dense = TERM_FEATURES.map((name) => (name === 'symptom' ? 1 : name === 'words' ? 2 : 0));
    const z = -1 + 0.5 + 0.25 * 2 + 1.5;
    expect(termProbability(model, dense, ['payrol', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
  });

  it("adds each hidden unit's output times its activation, and nothing for a unit below zero", () => {
    const weightOf = (name: string, value: number): number[] => TERM_FEATURES.map((n) => (n === name ? value : 0));
    const model = modelWith({});
    model.hidden = [
      { weights: weightOf('words', 1), bias: -1, output: 2 },
      { weights: weightOf('symptom', 1), bias: -3, output: 5 },
    ];
    const dense = TERM_FEATURES.map((name) => (name === 'symptom' ? 1 : name === 'words' ? 2 : 0));
    // The first unit reads 2 − 1 = 1 and adds 2; the second reads 1 − 3 < 0 and adds nothing.
    expect(termProbability(model, dense, [])).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });

  it('orders the candidates by the model: with fewer places than candidates, what it weighs least is left out', () => {
    const many = `${MESSAGE} Codes: ${Array.from({ length: MAX_KEY_TERMS }, (_, i) => `CD-${200 + i}`).join(', ')}.`;
    const codesFirst = extractKeyTermsWith(many, modelWith({ code: 3 })).map((t) => t.term);
    const wordsFirst = extractKeyTermsWith(many, modelWith({ code: -3 })).map((t) => t.term);
    expect(codesFirst.filter((t) => /^(?:AB|CD)-/.test(t))).toHaveLength(MAX_KEY_TERMS);
    expect(wordsFirst).toContain('keeps crashing');
    expect(wordsFirst.filter((t) => /^CD-/.test(t)).length).toBeLessThan(MAX_KEY_TERMS);
  });

  it('shows no candidate under its threshold, even with places free', () => {
    const payroll = stem('payroll');
    const all = extractKeyTermsWith(MESSAGE, modelWith({}, [payroll])).map((t) => t.term);
    const without = extractKeyTermsWith(MESSAGE, modelWith({ [payroll]: -5 }, [payroll], 0.2)).map((t) => t.term);
    expect(all).toContain('payroll');
    expect(without).not.toContain('payroll');
    expect(without).toEqual(all.filter((t) => t !== 'payroll'));
  });

  it("reads the tagger's mean and highest reading of a candidate's words", () => {
    // "keep" read at 0.5 (no weight), "crash" at 1 / (1 + e^-2); no other word of the message moves.
    const tagger = { features: ['w:crash'], weights: [2], bias: 0 };
    const { context, candidates } = keyTermCandidates(MESSAGE, tagger);
    const crashing = candidates.find((c) => context.doc.text.slice(c.start, c.end) === 'keeps crashing');
    if (!crashing) throw new Error('the extractor found no "keeps crashing"');
    const features = termFeatures(context, crashing);
    const high = 1 / (1 + Math.exp(-2));
    expect(features[TERM_FEATURES.indexOf('tagger mean')]).toBeCloseTo((0.5 + high) / 2, 12);
    expect(features[TERM_FEATURES.indexOf('tagger max')]).toBeCloseTo(high, 12);
  });

  it('shows the candidate whose words the tagger reads as the problem, with only that to go by', () => {
    // A word the tagger weighs reads 0.95, every other 0.05; a candidate's mean above about 0.27 clears 0.9.
    const placesFor = (word: string): string[] => {
      const model = { ...modelWith({ 'tagger mean': 8 }, [], 0.9), tagger: { features: [`w:${stem(word)}`], weights: [6], bias: -3 } };
      return extractKeyTermsWith(MESSAGE, model).map((t) => t.term);
    };
    expect(placesFor('payroll')).toContain('payroll');
    expect(placesFor('payroll')).not.toContain('keeps crashing');
    expect(placesFor('crashing')).toContain('keeps crashing');
    expect(placesFor('crashing')).not.toContain('payroll');
  });

  it('reads the features of every candidate the extractor finds, in TERM_FEATURES order', () => {
    const { context, crashing } = crashingOf(MESSAGE);
    const features = termFeatures(context, crashing);
    expect(features).toHaveLength(TERM_FEATURES.length);
    expect(features[TERM_FEATURES.indexOf('symptom')]).toBe(1);
    expect(features[TERM_FEATURES.indexOf('code')]).toBe(0);
    expect(termStems(context, crashing)).toEqual(['keep', 'crash']);
  });
});
