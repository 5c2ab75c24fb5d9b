/** A text read once: the spans that are not the agent's own words, and the words that are. */
import { findQuotedSpans } from './quoted-spans';
import { tokenize, type Token } from './tokens';

export interface PreparedText {
  text: string;
  /** Flat [start, end, …] spans of quotes, code and links (see findQuotedSpans). */
  hidden: number[];
  /** Words outside `hidden`. */
  tokens: Token[];
}

export function prepareText(text: string): PreparedText {
  const hidden = findQuotedSpans(text);
  return { text, hidden, tokens: tokenize(text, hidden) };
}

/** All the words of a text the agent did not write (a customer message): nothing is hidden. */
export function prepareForeignText(text: string): PreparedText {
  return { text, hidden: [], tokens: tokenize(text) };
}
