import { describe, expect, it } from 'vitest';
import { analyzeReply, LONG_PARAGRAPH_WORDS, LONG_SENTENCE_WORDS, PARAGRAPH_SENTENCE_WORDS } from './index';

const walls = (reply: string) =>
  analyzeReply(reply).hints.filter((h) => h.category === 'wall-of-text').map((h) => [h.rule, h.text]);
const words = (n: number, word = 'export') => Array.from({ length: n }, () => word).join(' ');

describe('wall-of-text', () => {
  it(`flags a sentence over ${LONG_SENTENCE_WORDS} words, and only that sentence`, () => {
    const long = `The ${words(LONG_SENTENCE_WORDS)} file is ready.`;
    expect(walls(`Hi Sam. ${long} Thanks!`)).toEqual([['long-sentence', long]]);
  });

  it('reads a sentence through "Mr." and "Rs." whole, as the Segmenter alone does not', () => {
    const long = `Our technician Mr. Srikanth will visit at Rs. 8.50 per unit to check the ${words(LONG_SENTENCE_WORDS - 8)} sensors.`;
    expect(walls(`Hi Sam. ${long} Thanks!`)).toEqual([['long-sentence', long]]);
  });

  it(`does not flag a sentence of ${LONG_SENTENCE_WORDS} words`, () => {
    expect(walls(`${words(LONG_SENTENCE_WORDS - 1)} done. Short one.`)).toEqual([]);
  });

  it('counts words as the reader does: "205/55", "R16" and "e-mail" are one word each', () => {
    const codes = `The fitter brought 205/55 R16 tyres, not 225/45 R17, and the e-mail said ${words(LONG_SENTENCE_WORDS - 14)} done.`;
    expect(codes.split(' ').length).toBe(LONG_SENTENCE_WORDS);
    expect(walls(codes)).toEqual([]);
    const longer = codes.replace('done.', 'export done.');
    expect(longer.split(' ').length).toBeGreaterThan(LONG_SENTENCE_WORDS);
    expect(walls(longer)).toEqual([['long-sentence', longer]]);
  });

  it('does not flag a 55-word sentence that a customer still follows (real replies: flagged ones run to 67 words and more)', () => {
    const sentence = `I can't promise this is the only thing going on, because ${words(33, 'layer')} may also have marked the sheet, so send me a photo.`;
    expect(sentence.split(' ').length).toBeGreaterThan(54);
    expect(walls(sentence)).toEqual([]);
  });

  it(`flags a paragraph over ${LONG_PARAGRAPH_WORDS} words of long sentences (${PARAGRAPH_SENTENCE_WORDS}+ words each on average)`, () => {
    const long =
      'We checked the export on the shared drive this morning and the nightly job that writes it, and the file it made at two was complete, ' +
      'so the gap you saw in the monthly view came from the summary builder reading it too early. ';
    expect(long.split(' ').filter(Boolean).length).toBeLessThanOrEqual(LONG_SENTENCE_WORDS);
    const paragraph = long.repeat(3).trim();
    expect(walls(`Hi Sam,\n\n${paragraph}\n\nBest,\nAna`)).toEqual([['long-paragraph', paragraph]]);
  });

  it('leaves a long paragraph of short sentences alone: it reads at a glance', () => {
    const sentence = 'We checked the export and it works now. ';
    const paragraph = sentence.repeat(Math.ceil(LONG_PARAGRAPH_WORDS / 8) + 1).trim();
    expect(walls(`Hi Sam,\n\n${paragraph}\n\nBest,\nAna`)).toEqual([]);
  });

  it('does not count a list as one paragraph', () => {
    const item = '- We checked the export settings and the schedule and they both look right to me. ';
    expect(walls(Array.from({ length: 12 }, () => item).join('\n'))).toEqual([]);
  });

  it('leaves a paragraph of long words but no long sentence alone (a wall of text is length, as the rubric says)', () => {
    const hard =
      'Unfortunately, the organizational authentication configuration incompatibilities that were identified ' +
      'necessitate administrative intervention, considering the infrastructure modifications implemented recently. ' +
      'Alternatively, individual authorization reconfiguration, utilizing the documentation previously distributed, ' +
      'potentially eliminates the complications. Additionally, synchronization functionality, particularly regarding ' +
      'calendar integrations, occasionally experiences intermittent availability interruptions, and administrators ' +
      'should coordinate comprehensive verification procedures immediately. Consequently, the prioritization of ' +
      'these implementation dependencies requires additional organizational deliberation.';
    expect(walls(hard)).toEqual([]);
  });

  it('does not flag plain writing', () => {
    const plain =
      'Thanks for the log. The export stopped because the file was too big. I split it in two and sent both to you. ' +
      'They should open now. If they do not, reply here and I will call you. I am around until six today. ' +
      'You can also try the smaller export in the menu, which is quicker for big months.';
    expect(walls(plain)).toEqual([]);
  });

  it('ignores quoted text', () => {
    expect(walls(`> ${words(200)}\n\nThanks, I'm on it.`)).toEqual([]);
  });
});
