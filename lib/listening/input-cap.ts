/**
 * Longest text analysed, in UTF-16 code units. A support reply is rarely over 5,000 characters;
 * 20,000 keeps a pasted log or a whole quoted thread from stalling the editor while typing.
 * Text beyond the cap is not read, and the analysis says so (`truncated`).
 */
export const MAX_ANALYZED_CHARS = 20_000;

export interface CappedText {
  text: string;
  truncated: boolean;
}

export function capText(text: string, cap = MAX_ANALYZED_CHARS): CappedText {
  if (text.length <= cap) return { text, truncated: false };
  // Never cut a surrogate pair in half: the last kept unit must not be a high surrogate.
  const last = text.charCodeAt(cap - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? cap - 1 : cap;
  return { text: text.slice(0, end), truncated: true };
}
