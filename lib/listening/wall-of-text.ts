/**
 * wall-of-text: sentences and paragraphs too long to read at a glance in a helpdesk. Length
 * only: a readability score (Flesch, for long words) was right on no tuned reply and wrong on
 * one, and the rubric's wall of text is a sentence or paragraph too long to follow. Sentences
 * come from Intl.Segmenter; only
 * paragraphs long enough to hold a long sentence are segmented, which keeps typing fast.
 * A list item is a paragraph of its own: a list is the cure for a wall of text, not one.
 */
import type { PreparedText } from './prepared-text';
import { isAbbreviationStop, type Token } from './tokens';
import type { Hint } from './types';

/** Sentences a customer still follows run to 60 words in real e-mail replies (55 in a clear reply was wanted by no labeller); the ones labellers flag run to 67 and more. */
export const LONG_SENTENCE_WORDS = 60;
export const LONG_PARAGRAPH_WORDS = 120;
/**
 * …and only when its sentences average this many words: 127 words in short sentences was wanted by
 * no labeller, while every long paragraph they flagged averaged 46 words a sentence or more.
 */
export const PARAGRAPH_SENTENCE_WORDS = 30;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
const LIST_MARKER = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]/;
const CERTAIN_END = /\n|[!?]["'”’)\]]*\s|\.["'”’)\]]*\s+[\p{Lu}\d]/u;

const MESSAGES = {
  'long-sentence': `Over ${LONG_SENTENCE_WORDS} words: hard to follow for someone already stuck; split it (Advise).`,
  'long-paragraph': `Over ${LONG_PARAGRAPH_WORDS} words in one paragraph of long sentences: break it up or make a list (Advise).`,
} as const;

export function wallOfTextHints(doc: PreparedText): Hint[] {
  const hints: Hint[] = [];
  let t = 0;
  for (const [start, end] of paragraphs(doc.text)) {
    while (t < doc.tokens.length && (doc.tokens[t]?.start ?? 0) < start) t++;
    const firstToken = t;
    while (t < doc.tokens.length && (doc.tokens[t]?.start ?? 0) < end) t++;
    // Counted before copied: most paragraphs are too short to read further.
    if (t - firstToken <= LONG_SENTENCE_WORDS) continue;
    const words = doc.tokens.slice(firstToken, t);
    const runs = certainRuns(doc.text, words);
    if (words.length > LONG_PARAGRAPH_WORDS && words.length / runs.count >= PARAGRAPH_SENTENCE_WORDS) {
      hints.push(hint(doc.text, start, end, 'long-paragraph'));
    }
    // The Segmenter is the slow part: skip it when no run of words between certain ends is long enough.
    if (runs.longest <= LONG_SENTENCE_WORDS) continue;
    let w = 0;
    for (const [s, e] of sentenceRanges(doc.text, start, end)) {
      let count = 0;
      while (w < words.length && (words[w]?.start ?? 0) < s) w++;
      while (w < words.length && (words[w]?.end ?? 0) <= e) {
        if (count === 0 || startsWrittenWord(doc.text, words[w - 1], words[w])) count++;
        w++;
      }
      if (count > LONG_SENTENCE_WORDS) hints.push(hint(doc.text, s, e, 'long-sentence'));
    }
  }
  return hints;
}

/**
 * The runs of words between the sentence ends every segmenter agrees on (a line break, "?" or "!"
 * then a space, ". " then a capital), in one walk: how many there are (the paragraph's sentences,
 * at most) and the longest (which bounds the longest sentence from above).
 */
function certainRuns(text: string, words: readonly Token[]): { count: number; longest: number } {
  let count = words.length > 0 ? 1 : 0;
  let run = 1;
  let longest = count;
  for (let k = 1; k < words.length; k++) {
    const previous = words[k - 1];
    const word = words[k];
    if (!previous || !word) continue;
    if (word.breakBefore && CERTAIN_END.test(text.slice(previous.end, word.start) + text[word.start])) {
      count++;
      run = 1;
    } else run++;
    if (run > longest) longest = run;
  }
  return { count, longest };
}

/**
 * Whether a token starts a word as the reader counts them, after a space: "205/55", "R16" and
 * "e-mail" are one word each, however the tokenizer splits them.
 */
function startsWrittenWord(text: string, previous: Token | undefined, token: Token | undefined): boolean {
  if (!previous || !token) return true;
  for (let k = previous.end; k < token.start; k++) if (text.charCodeAt(k) <= 32) return true;
  return false;
}

/** [start, end] of each paragraph: runs of non-blank lines, each list item on its own. */
function paragraphs(text: string): [number, number][] {
  const found: [number, number][] = [];
  let start = -1;
  let end = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (start >= 0 && (blank || LIST_MARKER.test(line))) {
      found.push(trimmed(text, start, end));
      start = -1;
    }
    if (!blank) {
      if (start < 0) start = lineStart;
      end = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (start >= 0) found.push(trimmed(text, start, end));
  return found;
}

function sentenceRanges(text: string, start: number, end: number): [number, number][] {
  if (!segmenter) return [[start, end]];
  const ranges: [number, number][] = [];
  let joined = false;
  for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
    const range = trimmed(text, start + index, start + index + segment.length);
    const last = ranges[ranges.length - 1];
    // The Segmenter ends a sentence at "Mr." and "Rs." (it keeps no list of abbreviations): joined to the next.
    if (joined && last) last[1] = range[1];
    else ranges.push(range);
    joined = range[1] > range[0] && text.charCodeAt(range[1] - 1) === 0x2e && isAbbreviationStop(text, range[1] - 1);
  }
  return ranges;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

function hint(text: string, start: number, end: number, rule: keyof typeof MESSAGES): Hint {
  return { category: 'wall-of-text', rule, start, end, text: text.slice(start, end), message: MESSAGES[rule] };
}
