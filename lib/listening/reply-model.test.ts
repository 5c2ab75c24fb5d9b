import { describe, expect, it } from 'vitest';
import { replyReading } from './absence';
import { absenceInputOf, analyzeReply } from './analyze-reply';
import { readCustomerState } from './customer-state';
import { scanLexicon } from './lexicon';
import { prepareText } from './prepared-text';
import { gramsIn, modelInputs, ngramsOf, REPLY_FEATURES, replyProbability, type ReplyModel } from './reply-model';
import { REPLY_MODELS } from './reply-weights';
import type { HintCategory, ListeningSettings } from './types';

const UNHEARD_MODEL = REPLY_MODELS.find((m) => m.category === 'no-acknowledgement') as ReplyModel;

const CUSTOMER =
  'Hello, I ordered a walnut dining table (order WT-4410) on 3 October and paid £640 in full. Delivery was promised for ' +
  '14 November. Nobody came that day, nobody called, and I took the day off work to wait in. When I rang on the 15th I ' +
  'was told the table was "still at the workshop" and someone would call me back within 24 hours. Nobody did. I have ' +
  'family coming for Christmas and we are eating off a camping table. I would like a firm delivery date this week or my ' +
  'money back. Rachel Owens';
/**
 * A form letter in the company's voice that names her order and says "I" once: the hand-written rule
 * lets it pass (it names her words, and someone writes as themself), and it leaves her with "passed
 * on to the relevant team" and no time.
 */
const PASSED_BY_THE_RULE =
  'Dear Ms Owens,\n\nThank you for contacting Oakridge Furniture regarding order WT-4410. Please be advised that we are currently ' +
  'experiencing a high volume of orders, and made-to-order items may take longer than the estimated delivery date. Please note ' +
  'that refunds cannot be issued once production has started, as per our terms and conditions. I have passed your comments on ' +
  'to the relevant team.\n\nWe appreciate your patience.\n\nKind regards,\nOakridge Customer Care';
const HEARD =
  "Hi Rachel,\n\nYour walnut table, order WT-4410, was due on 14 November, and nobody came or called, even after you took the day off to wait in and then chased us on the 15th. That isn't good enough, and I'm sorry.\n\n" +
  "I've spoken to the workshop this morning: the table is finished and being wrapped. I've booked it on our van for Thursday 4 December, between 8am and 12pm, and I'll ring you on Wednesday afternoon to confirm the slot.\n\nBest wishes,\nTom";

/** Three things asked for; the reply answers the first with a policy and leaves the other two. */
const THREE_THINGS =
  "Hello, sorry this is a long one, but there are a few things. Firstly, the final invoice for our kitchen refit " +
  "(INV-2291) is £340 more than the quote, and nobody told us about extra work. Secondly, the fitter left the old worktop " +
  "in our front garden and it is still there two weeks later. And lastly, the extractor fan has been tripping the " +
  "electrics since it was fitted, so we can't use it. Can you tell me what you are going to do about each of these? " +
  "Thanks, Helen Ellis";
const ONE_OF_THREE =
  "Dear Mrs Ellis,\n\nThank you for your email. Regarding the invoice, the additional charge relates to the extra time our " +
  "fitter needed to level the floor before the units could be installed. As per our terms and conditions, quotations are " +
  "based on an initial survey, and additional work identified during installation is charged at our standard hourly rate. " +
  "The full breakdown is shown on page 2 of the invoice.\n\nWe appreciate your understanding.\n\nKind regards,\nBrightside " +
  "Kitchens";

const hinted = (category: HintCategory, reply: string, channel: 'email' | 'social' = 'email', settings?: ListeningSettings) =>
  analyzeReply(reply, { customerMessage: CUSTOMER, channel, settings }).hints.some((h) => h.category === category);
const noAck = (reply: string, channel: 'email' | 'social' = 'email') => hinted('no-acknowledgement', reply, channel);

function features(reply: string): number[] | undefined {
  const doc = prepareText(reply);
  return replyReading(absenceInputOf(doc, scanLexicon(reply, doc.tokens, undefined, true), readCustomerState(CUSTOMER), 'email'));
}

/** The no-acknowledgement model's probability for a reply to CUSTOMER, as the engine reads it. */
function unheardProbability(reply: string): number {
  const doc = prepareText(reply);
  const input = absenceInputOf(doc, scanLexicon(reply, doc.tokens, undefined, true), readCustomerState(CUSTOMER), 'email');
  return replyProbability(modelInputs(replyReading(input) ?? [], input.norms ?? [], readCustomerState(CUSTOMER).norms, UNHEARD_MODEL), UNHEARD_MODEL);
}

describe('the learned readings of whole replies', () => {
  it('has, for every model, a weight for each sign and word sequence it reads, in order (the weights file is the training script’s)', () => {
    expect(REPLY_MODELS.map((m) => m.category).sort()).toEqual(['no-acknowledgement', 'no-next-step']);
    for (const model of REPLY_MODELS) {
      expect(model.features).toEqual(REPLY_FEATURES);
      const inputs = REPLY_FEATURES.length + model.replyNgrams.length + model.customerNgrams.length;
      for (const values of [model.mean, model.scale, model.weights]) expect(values).toHaveLength(inputs);
      expect(model.threshold).toBeGreaterThan(0.5);
    }
  });

  it('reads every word sequence of one to three words, each once', () => {
    expect([...ngramsOf(['we', 'have', 'passed', 'this'])]).toEqual(['we', 'we have', 'we have passed', 'have', 'have passed', 'have passed this', 'passed', 'passed this', 'this']);
    expect(ngramsOf(['on', 'and', 'on', 'and']).size).toBe(6); // on, on and, on and on, and, and on, and on and
    expect(ngramsOf([]).size).toBe(0);
  });

  it('reads a word sequence as 1 where the reply (or their message) holds it, after its signs', () => {
    const model: ReplyModel = { ...UNHEARD_MODEL, replyNgrams: ['the relevant team', 'refund'], customerNgrams: ['firstly'] };
    const signs = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(modelInputs(signs, ['passed', 'to', 'the', 'relevant', 'team'], ['firstly', 'lastly'], model)).toEqual([...signs, 1, 0, 1]);
  });

  it('finds in a text exactly the sequences of a list that the training spells out of it (what it learnt is what it reads)', () => {
    const norms = prepareText(PASSED_BY_THE_RULE + ' ' + HEARD).tokens.map((t) => t.norm);
    for (const model of REPLY_MODELS) {
      const spelled = ngramsOf(norms);
      expect([...gramsIn(norms, model.replyNgrams)].sort()).toEqual(model.replyNgrams.filter((g) => spelled.has(g)).sort());
    }
    expect([...gramsIn(['the', 'relevant', 'the', 'relevant', 'team'], ['the relevant team', 'relevant', 'team the'])].sort()).toEqual(['relevant', 'the relevant team']);
  });

  it('finds the short company-voice answer to a long complaint that the rule lets pass', () => {
    expect(features(PASSED_BY_THE_RULE)?.[0]).toBe(0); // the rule says heard
    expect(noAck(PASSED_BY_THE_RULE)).toBe(true);
  });

  it('finds a policy answer to the first of three things asked leaves them without a next step, though the hand-written rule is off by default', () => {
    const nextStep = (reply: string) => analyzeReply(reply, { customerMessage: THREE_THINGS, channel: 'email' }).hints.filter((h) => h.category === 'no-next-step').map((h) => h.rule);
    expect(nextStep(ONE_OF_THREE)).toEqual(['no-next-step']);
    expect(hinted('no-next-step', HEARD)).toBe(false);
  });

  it('is not read where its category is switched off, nor in a turn of a conversation', () => {
    const nextStep = (channel: 'email' | 'social', settings?: ListeningSettings) =>
      analyzeReply(ONE_OF_THREE, { customerMessage: THREE_THINGS, channel, settings }).hints.some((h) => h.category === 'no-next-step');
    expect(nextStep('email')).toBe(true);
    expect(nextStep('email', { disabledCategories: ['no-next-step'] })).toBe(false);
    expect(nextStep('social')).toBe(false);
    expect(hinted('no-acknowledgement', PASSED_BY_THE_RULE, 'email', { disabledCategories: ['no-acknowledgement'] })).toBe(false);
  });

  it('leaves alone a reply that restates what happened, in the first person, and apologises', () => {
    expect(noAck(HEARD)).toBe(false);
    expect(unheardProbability(HEARD)).toBeLessThan(0.1);
  });

  it('reads only a complete answer to a known customer, in a channel where a reply is one', () => {
    expect(noAck(PASSED_BY_THE_RULE, 'social')).toBe(false);
    const doc = prepareText(PASSED_BY_THE_RULE);
    const found = scanLexicon(PASSED_BY_THE_RULE, doc.tokens, undefined, true);
    expect(replyReading(absenceInputOf(doc, found, undefined, 'email'))).toBeUndefined();
    expect(replyReading(absenceInputOf(doc, found, readCustomerState(CUSTOMER), 'chat'))).toBeUndefined();
  });

  it('standardises each feature before weighing it', () => {
    const model = { mean: [1], scale: [2], weights: [4], bias: -1 };
    expect(replyProbability([3], model)).toBeCloseTo(1 / (1 + Math.exp(-3)), 12); // -1 + 4 × (3 − 1) / 2
    expect(replyProbability([1], model)).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});
