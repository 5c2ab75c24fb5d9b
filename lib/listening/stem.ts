/**
 * A light suffix stripper for matching a restatement against the customer's words:
 * "exporting", "exported" and "exports" all become "export". It only has to agree with itself.
 */
export function stem(word: string): string {
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
