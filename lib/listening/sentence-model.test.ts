import { describe, expect, it } from 'vitest';
import { learnedSentenceHints } from './analyze-reply';
import { analyzeReply } from './index';
import { prepareText } from './prepared-text';
import { sentenceModelHints, sentenceProbability, sentencesOf, type SentenceModel } from './sentence-model';
import { SENTENCE_MODELS } from './sentence-weights';
import type { Hint } from './types';

const CUSTOMER = 'Hi, the boiler you serviced last week has stopped again and we have no hot water. The engineer said it was fine. I have two small children. Please send someone today. Tom';
const blameHints = (reply: string) => analyzeReply(reply, { customerMessage: CUSTOMER, channel: 'email' }).hints.filter((h) => h.category === 'blame');

describe('sentencesOf', () => {
  it('starts a sentence after . ! ? or a line break, and not inside a quote', () => {
    const doc = prepareText('Hi Tom,\nThanks. Is it "on? off" now? Yes! Done');
    const words = sentencesOf(doc).map((s) => doc.tokens.slice(s.first, s.last + 1).map((t) => t.norm).join(' '));
    expect(words).toEqual(['hi tom', 'thanks', 'is it now', 'yes', 'done']);
  });

  it('has none in an empty reply', () => {
    expect(sentencesOf(prepareText(''))).toEqual([]);
  });
});

describe('sentenceProbability', () => {
  const model: SentenceModel = { category: 'blame', ngrams: ['you should', 'should'], idf: [2, 1], weights: [3, 1], bias: -2, threshold: 0.5, message: 'm' };

  it('weighs the sentence’s TF-IDF, normalised to unit length, against the n-grams it knows', () => {
    const doc = prepareText('You should have called.');
    const [span] = sentencesOf(doc);
    // "you should" 2 × 1, "should" 1 × 1: norm √5, dot 2·3 + 1·1 = 7.
    expect(sentenceProbability(doc, span ?? { first: 0, last: 0 }, model)).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 7 / Math.sqrt(5)))), 12);
  });

  it('counts a repeated n-gram sublinearly, and reads the bias alone where it knows no word', () => {
    const twice = prepareText('should should');
    expect(sentenceProbability(twice, { first: 0, last: 1 }, model)).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 1))), 12);
    const none = prepareText('Thanks for the photos');
    expect(sentenceProbability(none, { first: 0, last: 3 }, model)).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
  });

  it('finds n-grams of three words, and none across a word it does not know', () => {
    const three: SentenceModel = { ...model, ngrams: ['should', 'you should', 'you should have'], idf: [1, 1, 1], weights: [0, 0, 4], bias: -2 };
    // "you should have" met: norm √3 (three n-grams once each), dot 4.
    expect(sentenceProbability(prepareText('You should have called.'), { first: 0, last: 3 }, three)).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 4 / Math.sqrt(3)))), 12);
    // "really" is not the model's: only "should" is met, which weighs nothing.
    expect(sentenceProbability(prepareText('You really should have called.'), { first: 0, last: 4 }, three)).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
  });

  it('reads a sentence the same whether or not it was read before', () => {
    const doc = prepareText('Thanks. You should have called us first. Thanks.');
    const first = sentenceModelHints(doc, model);
    expect(sentenceModelHints(prepareText('You should have called us first. Regards'), model).map((h) => h.text)).toEqual(first.map((h) => h.text));
    expect(first.map((h) => h.start)).toEqual([8]);
  });

  it('points a hint at the whole sentence it flags', () => {
    const doc = prepareText('Thanks. You should have called us first.');
    const [hint] = sentenceModelHints(doc, model);
    expect(hint).toMatchObject({ category: 'blame', rule: 'learned-blame', text: 'You should have called us first' });
    expect(doc.text.slice(hint?.start, hint?.end)).toBe(hint?.text);
  });
});

/**
 * A reading made by hand, so these cases test how a learned sentence reading is read (through
 * learnedSentenceHints, as analyzeReply reads it) whatever a refit ships: after the thirtieth pass's
 * refit none does (tests/eval/README.md).
 */
const HAND_MADE: SentenceModel = {
  category: 'blame',
  ngrams: ['is important that', 'going forward', 'handbook'],
  idf: [1, 1, 1],
  weights: [4, 4, 4],
  bias: -3,
  threshold: 0.6,
  message: 'This sentence may read as putting the problem on them; say what happened and what you will do (Advise).',
};
const ADVICE = 'Boilers lose pressure over time, so it is important that the gauge is checked every week going forward, as the handbook explains';
const learned = (reply: string, shown: readonly Hint[] = [], enabled = true) =>
  learnedSentenceHints(prepareText(reply), shown, () => enabled, [HAND_MADE]);

describe('a learned sentence reading', () => {
  it('flags a sentence no phrase rule lists, pointing at the whole of it', () => {
    const reply = `Hi Tom,\n\nThanks for getting in touch. ${ADVICE}. We can send an engineer on Friday.\n\nRegards,\nWarmway`;
    expect(learned(reply).map((h) => [h.rule, h.text])).toEqual([['learned-blame', ADVICE]]);
  });

  it('offers no wording to put in place of the whole sentence it points at', () => {
    const [hint] = learned(`Hi Tom,\n\n${ADVICE}.\n\nRegards,\nWarmway`);
    expect(hint?.message).toContain('say what happened');
    expect(hint).not.toHaveProperty('suggestion');
  });

  it('stays quiet where a hint of its category already points at the sentence', () => {
    const reply = `Hi Tom,\n\n${ADVICE}.`;
    const start = reply.indexOf('as the handbook');
    const phrase: Hint = { category: 'blame', rule: 'lesson-for-next-time', start, end: start + 15, text: reply.slice(start, start + 15), message: 'm' };
    expect(learned(reply, [phrase])).toEqual([]);
    expect(learned(reply, [{ ...phrase, category: 'dismissive' }])).toHaveLength(1);
  });

  it('is off with its category', () => {
    expect(learned(`Hi Tom,\n\n${ADVICE}.`, [], false)).toEqual([]);
  });

  it('leaves alone a sentence it knows no words of', () => {
    expect(learned('Hi Tom,\n\nI am sorry the boiler has stopped again so soon after our visit. I have booked our senior engineer for this afternoon.')).toEqual([]);
  });
});

describe('the shipped sentence readings', () => {
  // Today none ships (the thirtieth pass's refit); this holds the shape of any a later refit writes.
  it('have an idf and a weight for each n-gram, and a threshold above one half', () => {
    for (const model of SENTENCE_MODELS) {
      expect(model.idf).toHaveLength(model.ngrams.length);
      expect(model.weights).toHaveLength(model.ngrams.length);
      expect(model.threshold).toBeGreaterThan(0.5);
    }
  });
});

describe('blame, as analyzeReply reads it', () => {
  it('leaves alone a reply that owns the problem', () => {
    const reply = 'Hi Tom,\n\nI am sorry the boiler has stopped again so soon after our visit, with two small children at home. I have booked our senior engineer for this afternoon between 2 and 4, at no charge.\n\nBest,\nAmy';
    expect(blameHints(reply)).toEqual([]);
  });
});
