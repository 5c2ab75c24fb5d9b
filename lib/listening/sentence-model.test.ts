import { describe, expect, it } from 'vitest';
import { analyzeReply } from './index';
import { prepareText } from './prepared-text';
import { sentenceModelHints, sentenceProbability, sentencesOf, type SentenceModel } from './sentence-model';
import { SENTENCE_MODELS } from './sentence-weights';

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

describe('the shipped blame reading', () => {
  it('has an idf and a weight for each n-gram, and a threshold above one half', () => {
    for (const model of SENTENCE_MODELS) {
      expect(model.idf).toHaveLength(model.ngrams.length);
      expect(model.weights).toHaveLength(model.ngrams.length);
      expect(model.threshold).toBeGreaterThan(0.5);
    }
    expect(SENTENCE_MODELS.map((m) => m.category)).toEqual(['blame']);
  });

  it('flags advice on what customers should do that no phrase rule lists', () => {
    const reply =
      'Hi Tom,\n\nThanks for getting in touch. Boilers lose pressure over time, so it is important that the gauge is checked every week going forward, as the handbook explains. We can send an engineer on Friday.\n\nRegards,\nWarmway';
    expect(blameHints(reply).map((h) => [h.rule, h.text])).toEqual([['learned-blame', 'Boilers lose pressure over time, so it is important that the gauge is checked every week going forward, as the handbook explains']]);
  });

  it('offers no wording to put in place of the whole sentence it points at', () => {
    const reply = 'Hi Tom,\n\nBoilers lose pressure over time, so it is important that the gauge is checked every week going forward, as the handbook explains.\n\nRegards,\nWarmway';
    const [hint] = blameHints(reply).filter((h) => h.rule === 'learned-blame');
    expect(hint?.message).toContain('say what happened');
    expect(hint).not.toHaveProperty('suggestion');
  });

  it('leaves alone a reply that owns the problem', () => {
    const reply = 'Hi Tom,\n\nI am sorry the boiler has stopped again so soon after our visit, with two small children at home. I have booked our senior engineer for this afternoon between 2 and 4, at no charge.\n\nBest,\nAmy';
    expect(blameHints(reply)).toEqual([]);
  });

  it('is off with its category', () => {
    const reply = 'Hi Tom,\n\nBoilers lose pressure over time, so it is important that the gauge is checked every week going forward, as the handbook explains.\n\nRegards,\nWarmway';
    expect(analyzeReply(reply, { customerMessage: CUSTOMER, settings: { disabledCategories: ['blame'] } }).hints.some((h) => h.category === 'blame')).toBe(false);
  });
});
