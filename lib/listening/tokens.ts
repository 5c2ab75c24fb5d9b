/**
 * Words of the agent's own text, with offsets. A token is a run of letters, marks and digits
 * with inner apostrophes ("don't"); hyphens and dots split ("follow-up" → follow, up).
 * `breakBefore` marks a sentence or clause boundary (or a hidden quoted span) before the token:
 * phrases never match across one.
 */
export interface Token {
  start: number;
  end: number;
  /** Lower case, typographic apostrophe folded to ASCII. */
  norm: string;
  breakBefore: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
/** WORD at one offset: the word that starts there, if one does. */
const WORD_AT = new RegExp(WORD.source, 'uy');
/** 1 for the ASCII letters and digits, the characters of most words of a reply. */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (const char of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') ASCII_WORD_CHAR[char.charCodeAt(0)] = 1;
const BREAK_CHARS = '.!?;:()[]{}"“”«»…—–\n•';
/** BREAK_CHARS by UTF-16 code: a table for ASCII, a set for the others (each is one code unit). */
const ASCII_BREAK = new Uint8Array(128);
const OTHER_BREAKS = new Set<number>();
for (let i = 0; i < BREAK_CHARS.length; i++) {
  const code = BREAK_CHARS.charCodeAt(i);
  if (code < 0x80) ASCII_BREAK[code] = 1;
  else OTHER_BREAKS.add(code);
}

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

/** Tokens outside `hidden` (a flat [start, end, …] list from findQuotedSpans). */
export function tokenize(text: string, hidden: readonly number[] = []): Token[] {
  // Lower-casing once is only safe when no character changes length ("İ" does).
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length;
  const curly = text.includes('’');
  const tokens: Token[] = [];
  let span = 0;
  let previousEnd = 0;
  let hiddenSincePrevious = false;
  // Each word as it is read: a list of spans written and read back was about a sixth of this function's time.
  forEachWord(text, (start, end) => {
    while (span < hidden.length && (hidden[span + 1] ?? 0) <= start) {
      span += 2;
      hiddenSincePrevious = true;
    }
    if (span < hidden.length && (hidden[span] ?? 0) < end) {
      hiddenSincePrevious = true;
      return;
    }
    let norm = aligned ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
    if (curly && norm.includes('’')) norm = norm.replaceAll('’', "'");
    tokens.push({
      start,
      end,
      norm,
      breakBefore: tokens.length === 0 || hiddenSincePrevious || hasBreak(text, previousEnd, start),
    });
    previousEnd = end;
    hiddenSincePrevious = false;
  });
  return tokens;
}

/**
 * Calls `onWord(start, end)` where WORD matches in `text`, in order. A word of ASCII letters and
 * digits followed by ASCII other than an apostrophe is read by hand; any other, and any non-ASCII
 * character, by WORD itself. Calling the expression once a word cost more than reading its words
 * (a match array and a copy of each word, for nine hundred words of a long reply).
 */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 0x80 && ASCII_WORD_CHAR[code] === 0) {
      at++;
      continue;
    }
    let end = at;
    while (ASCII_WORD_CHAR[text.charCodeAt(end)] === 1) end++;
    // "don't", "we’ll": an apostrophe between ASCII letters and digits goes on with the word.
    while (end > at && isApostrophe(text.charCodeAt(end)) && ASCII_WORD_CHAR[text.charCodeAt(end + 1)] === 1) {
      end += 2;
      while (ASCII_WORD_CHAR[text.charCodeAt(end)] === 1) end++;
    }
    if (end > at && endsWord(text, end)) {
      onWord(at, end);
      at = end;
      continue;
    }
    WORD_AT.lastIndex = at;
    if (WORD_AT.test(text)) {
      // Read before onWord runs: WORD_AT is shared.
      const wordEnd = WORD_AT.lastIndex;
      onWord(at, wordEnd);
      at = wordEnd;
    } else {
      at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1; // a whole character, as WORD moves on
    }
  }
}
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

/**
 * Whether WORD's match surely stops at `end`, after ASCII letters and digits: at the end of the text, before ASCII
 * other than an apostrophe, or before an apostrophe that no letter or digit follows (ASCII or the end after it).
 */
function endsWord(text: string, end: number): boolean {
  if (end === text.length) return true;
  const next = text.charCodeAt(end);
  if (!isApostrophe(next)) return next < 0x80;
  const after = text.charCodeAt(end + 1);
  return end + 1 === text.length || (after < 0x80 && ASCII_WORD_CHAR[after] === 0);
}

function hasBreak(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  // An abbreviation's full stop ends no sentence: "our technician Mr. Srikanth will visit", "Rs. 8.50 per unit".
  if (text.charCodeAt(from) === 0x2e && onlySpacesBetween(text, from + 1, to) && isAbbreviationStop(text, from)) return false;
  // A decimal point or a clock's colon ends no clause: "a 99.7% accuracy rate", "at 10:30 tomorrow".
  if (to - from === 1 && (text.charCodeAt(from) === 0x2e || text.charCodeAt(from) === 0x3a) && isDigit(text.charCodeAt(from - 1)) && isDigit(text.charCodeAt(to))) return false;
  // By code, not `BREAK_CHARS.includes(text[i])`: a string of one character for each gap character.
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 ? ASCII_BREAK[code] === 1 : OTHER_BREAKS.has(code)) return true;
  }
  return false;
}

/** Titles written before a name, whose full stop ends no sentence: "Mr. Srikanth", "Adv. Mehta". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'capt', 'sgt', 'lt', 'col', 'hon', 'messrs', 'adv']);
/** Words written before a number, whose full stop ends no sentence: "Rs. 8.50", "No. 5", "Ref. 2231", "Tel. 0161 …". */
const BEFORE_NUMBERS = new Set(['rs', 'no', 'nos', 'ref', 'tel', 'approx']);

/**
 * Whether the full stop at `dot` closes an abbreviation rather than a sentence: a title before a
 * word ("Mr. Srikanth"), a label or currency before a number ("Rs. 8.50", "No. 5"), or "e.g." and
 * "i.e." before anything. Sentence breaks (tokens, wall-of-text) and the reply's sentences read it.
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  // Either full stop of "e.g." or "i.e.": the abbreviation starts one or three characters before it.
  if (isDottedAbbreviationAt(text, dot - 1) || isDottedAbbreviationAt(text, dot - 3)) return true;
  let start = dot;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === dot || dot - start > 6) return false;
  const before = text.charCodeAt(start - 1);
  if (start > 0 && (isAsciiLetter(before) || isDigit(before) || before === 0x2e)) return false;
  const word = text.slice(start, dot).toLowerCase();
  let next = dot + 1;
  while (next < text.length && text.charCodeAt(next) === 0x20) next++;
  const following = text.charCodeAt(next);
  if (TITLES.has(word)) return next > dot + 1 && following >= 0x41 && following <= 0x5a;
  return BEFORE_NUMBERS.has(word) && next > dot + 1 && isDigit(following);
}

/** Whether "e.g." or "i.e." starts at `start`, as a word of its own. */
function isDottedAbbreviationAt(text: string, start: number): boolean {
  if (start < 0) return false;
  const abbreviation = text.slice(start, start + 4).toLowerCase();
  return (abbreviation === 'e.g.' || abbreviation === 'i.e.') && !isAsciiLetter(text.charCodeAt(start - 1));
}

function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a comma stands between token `i` and the token before it (none before the first): it ends a phrase, "I can't sync, it's stuck". */
export function commaBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i];
  return before !== undefined && token !== undefined && text.slice(before.end, token.start).includes(',');
}

/** Tokens of a literal phrase from the rule data, normalised like text tokens. */
export function phraseWords(phrase: string): string[] {
  return Array.from(phrase.matchAll(WORD), (m) => normalizeWord(m[0]));
}

/** Index of the first token ending after `offset` (binary search: tokens are in order). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.end ?? 0) > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The span widened over words joined to its ends by hyphens between letters ("sit-on-top",
 * "9-year-old", "e-bike"); never over a code's or a range's hyphen beside a digit ("LK-403", "24-48").
 */
export function wholeHyphenated(text: string, start: number, end: number): [number, number] {
  while (text[start - 1] === '-' && LETTER.test(text[start - 2] ?? '') && LETTER.test(text[start] ?? '')) {
    start -= 2;
    while (start > 0 && LETTER_OR_DIGIT.test(text[start - 1] ?? '')) start--;
  }
  return [start, hyphenatedEnd(text, end)];
}

/** Where a span ending at `end` ends once widened over the words joined to it by hyphens between letters ("simply re" → "simply re-lodge"). */
export function hyphenatedEnd(text: string, end: number): number {
  while (text[end] === '-' && LETTER.test(text[end + 1] ?? '') && LETTER.test(text[end - 1] ?? '')) {
    end += 2;
    while (end < text.length && LETTER_OR_DIGIT.test(text[end] ?? '')) end++;
  }
  return end;
}
