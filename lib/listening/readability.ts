/**
 * Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
 * Above 60 is plain English; below 30 reads like a legal contract.
 */
export function fleschReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Vowel groups, less a silent final e; good enough for an average over a paragraph. */
export function countSyllables(word: string): number {
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // a e i o u y
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (vowel && !inVowel) count++;
    inVowel = vowel;
  }
  if (count > 1 && word.endsWith('e') && !word.endsWith('le')) count--;
  return count > 1 ? count : 1;
}
