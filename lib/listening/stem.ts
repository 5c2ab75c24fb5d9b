/**
 * A light suffix stripper for matching a restatement against the customer's words:
 * "exporting", "exported" and "exports" all become "export". It only has to agree with itself.
 */
/** Stems already worked out: a reply repeats its words, and every keystroke re-reads them all. */
const known = new Map<string, string>();
const MAX_KNOWN = 20_000;

export function stem(word: string): string {
  const seen = known.get(word);
  if (seen !== undefined) return seen;
  if (known.size >= MAX_KNOWN) known.clear();
  const result = stemOf(word);
  known.set(word, result);
  return result;
}

function stemOf(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  const last = w.at(-1) ?? '';
  // logg → log, stopp → stop; "install" and "pass" keep their double letter.
  if (w.length >= 4 && last === w.at(-2) && !'aeiouls'.includes(last)) w = w.slice(0, -1);
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
