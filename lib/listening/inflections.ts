/**
 * Regular English inflections, so "crashes", "crashed" and "crashing" all name "crash".
 * Generated once at module load for the curated and team vocabularies; irregular forms
 * ("froze", "hung") are listed in the data beside the word.
 */
export type InflectAs = 'noun' | 'verb';

const VOWELS = 'aeiou';

/** Spellings of a (possibly multi-word) term: nouns inflect their last word, verbs their first. */
export function inflect(words: readonly string[], as: InflectAs): string[][] {
  if (words.length === 0) return [];
  const index = as === 'noun' ? words.length - 1 : 0;
  const word = words[index] ?? '';
  const forms = as === 'noun' ? nounForms(word) : verbForms(word);
  return forms.map((form) => words.map((w, i) => (i === index ? form : w)));
}

function nounForms(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [word, `${word}s`];
  return [word, plural(word), `${word}'s`];
}

function plural(word: string): string {
  if (/(?:[sxz]|ch|sh)$/.test(word)) return `${word}es`;
  if (endsInConsonantY(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function verbForms(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [word];
  const last = word.at(-1) ?? '';
  const doubled = doublesFinalConsonant(word) ? word + last : word;
  let past = `${doubled}ed`;
  let participle = `${doubled}ing`;
  if (last === 'e') {
    past = `${word}d`;
    participle = word.endsWith('ee') ? `${word}ing` : `${word.slice(0, -1)}ing`;
  } else if (endsInConsonantY(word)) {
    past = `${word.slice(0, -1)}ied`;
  }
  return [word, plural(word), past, participle];
}

function endsInConsonantY(word: string): boolean {
  return word.length > 1 && word.endsWith('y') && !VOWELS.includes(word.at(-2) ?? 'a');
}

/** stop → stopped, log → logging; short consonant-vowel-consonant words double their last letter (not open → opened). */
function doublesFinalConsonant(word: string): boolean {
  if (word.length < 3 || word.length > 4 || (word.length === 4 && VOWELS.includes(word[0] ?? ''))) return false;
  const [a, b, c] = [word.at(-3) ?? '', word.at(-2) ?? '', word.at(-1) ?? ''];
  return !VOWELS.includes(a) && VOWELS.includes(b) && !VOWELS.includes(c) && !'wxy'.includes(c);
}
