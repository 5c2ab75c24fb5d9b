import { describe, expect, it } from 'vitest';
import { unheardReading } from './absence';
import { absenceInputOf, analyzeReply } from './analyze-reply';
import { readCustomerState } from './customer-state';
import { scanLexicon } from './lexicon';
import { prepareText } from './prepared-text';
import { UNHEARD_FEATURES, unheardProbability, type UnheardModel } from './unheard-model';
import { UNHEARD_MODEL } from './unheard-weights';

const CUSTOMER =
  'Hello, I ordered a walnut dining table (order WT-4410) on 3 October and paid £640 in full. Delivery was promised for ' +
  '14 November. Nobody came that day, nobody called, and I took the day off work to wait in. When I rang on the 15th I ' +
  'was told the table was "still at the workshop" and someone would call me back within 24 hours. Nobody did. I have ' +
  'family coming for Christmas and we are eating off a camping table. I would like a firm delivery date this week or my ' +
  'money back. Rachel Owens';
/** Short, in the company's voice, taking up little of what she wrote: the hand-written rule lets it pass (it names her order and table). */
const PASSED_BY_THE_RULE =
  'Hello,\n\nOrder WT-4410 is scheduled for dispatch. Made-to-order items can take longer than estimated during busy periods, ' +
  'and delivery partners text a two-hour window the evening before. Please note refunds are not available once production ' +
  'has started.\n\nRegards,\nOakridge Furniture';
const HEARD =
  "Hi Rachel,\n\nYour walnut table, order WT-4410, was due on 14 November, and nobody came or called, even after you took the day off to wait in and then chased us on the 15th. That isn't good enough, and I'm sorry.\n\n" +
  "I've spoken to the workshop this morning: the table is finished and being wrapped. I've booked it on our van for Thursday 4 December, between 8am and 12pm, and I'll ring you on Wednesday afternoon to confirm the slot.\n\nBest wishes,\nTom";

const noAck = (reply: string, channel: 'email' | 'social' = 'email', customerMessage: string | undefined = CUSTOMER) =>
  analyzeReply(reply, { customerMessage, channel }).hints.some((h) => h.category === 'no-acknowledgement');

function features(reply: string): number[] | undefined {
  const doc = prepareText(reply);
  return unheardReading(absenceInputOf(doc, scanLexicon(reply, doc.tokens, undefined, true), readCustomerState(CUSTOMER), 'email'));
}

describe('the learned reading of no-acknowledgement', () => {
  it('has a weight for every feature it reads, in order (the weights file is the training script’s, for these features)', () => {
    expect(UNHEARD_MODEL.features).toEqual(UNHEARD_FEATURES);
    for (const values of [UNHEARD_MODEL.mean, UNHEARD_MODEL.scale, UNHEARD_MODEL.weights]) expect(values).toHaveLength(UNHEARD_FEATURES.length);
    expect(UNHEARD_MODEL.threshold).toBeGreaterThan(0.5);
  });

  it('finds the short company-voice answer to a long complaint that the rule lets pass', () => {
    expect(features(PASSED_BY_THE_RULE)?.[0]).toBe(0); // the rule says heard
    expect(noAck(PASSED_BY_THE_RULE)).toBe(true);
  });

  it('leaves alone a reply that restates what happened, in the first person, and apologises', () => {
    expect(noAck(HEARD)).toBe(false);
    expect(unheardProbability(features(HEARD) ?? [])).toBeLessThan(0.1);
  });

  it('reads only a complete answer to a known customer, in a channel where a reply is one', () => {
    expect(noAck(PASSED_BY_THE_RULE, 'social')).toBe(false);
    const doc = prepareText(PASSED_BY_THE_RULE);
    const found = scanLexicon(PASSED_BY_THE_RULE, doc.tokens, undefined, true);
    expect(unheardReading(absenceInputOf(doc, found, undefined, 'email'))).toBeUndefined();
    expect(unheardReading(absenceInputOf(doc, found, readCustomerState(CUSTOMER), 'chat'))).toBeUndefined();
  });

  it('standardises each feature before weighing it', () => {
    const model: UnheardModel = { features: ['x'], mean: [1], scale: [2], weights: [4], bias: -1, threshold: 0.5 };
    expect(unheardProbability([3], model)).toBeCloseTo(1 / (1 + Math.exp(-3)), 12); // -1 + 4 × (3 − 1) / 2
    expect(unheardProbability([1], model)).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});
