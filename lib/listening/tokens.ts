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
const BREAK_CHARS = '.!?;:()[]{}"“”«»…—–\n•';

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
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (span < hidden.length && (hidden[span + 1] ?? 0) <= start) {
      span += 2;
      hiddenSincePrevious = true;
    }
    if (span < hidden.length && (hidden[span] ?? 0) < end) {
      hiddenSincePrevious = true;
      continue;
    }
    let norm = aligned ? lowered.slice(start, end) : match[0].toLowerCase();
    if (curly && norm.includes('’')) norm = norm.replaceAll('’', "'");
    tokens.push({
      start,
      end,
      norm,
      breakBefore: tokens.length === 0 || hiddenSincePrevious || hasBreak(text, previousEnd, start),
    });
    previousEnd = end;
    hiddenSincePrevious = false;
  }
  return tokens;
}

function hasBreak(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  for (let i = from; i < to; i++) if (BREAK_CHARS.includes(text[i] ?? '')) return true;
  return false;
}

/** Tokens of a literal phrase from the rule data, normalised like text tokens. */
export function phraseWords(phrase: string): string[] {
  return Array.from(phrase.matchAll(WORD), (m) => normalizeWord(m[0]));
}
