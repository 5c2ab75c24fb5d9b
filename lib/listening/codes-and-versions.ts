/**
 * Codes, numbers and versions in a customer's message: "E-1043", "0x80070005", "ERR_TIMEOUT",
 * "INV-20931", "report_march.xlsx", "4.2.1", "v2". Prices, years, times and units are not codes.
 */
import type { Token } from './tokens';
const VERSION_CUES = new Set(['version', 'v', 'ver', 'release', 'build', 'update', 'ios', 'android', 'macos', 'windows']);
const CODE_CUES = new Set(['error', 'code', 'status', 'http', 'err']);
const UNIT_SUFFIX = /^\d+(?:st|nd|rd|th|am|pm|[hkmsx]|[gkmt]b|ms|px|mins?|hrs?)$/i;

/** "E-1043", "e1043" and "E_1043" are one code; "v2.3" is version "2.3". */
export function normalizeCode(code: string): string {
  return code.toLowerCase().replace(/[-_:]/g, '').replace(/^v(?=\d)/, '');
}

/**
 * A word with separators, read whole: "KC-10562", "v2.3.1", "user_id", "EPSG:27700" (a colon only
 * between letters and a number, never a clock's "10:30"), "PROW/2291/CS" (a slash: a code only with
 * letters and digits both, never a date's "21/10/2025", a fraction's "3/4" or "and/or").
 */
export const COMPOUND = /[\p{L}\p{N}]+(?:(?:[-_./]|(?<=\p{L}):(?=\d))[\p{L}\p{N}]+)*/gu;
/** COMPOUND at one offset. */
const COMPOUND_AT = new RegExp(COMPOUND.source, 'uy');

/**
 * A code with a dot, in capitals and digits only: a Google Play order "GPA.3341-7720-5518-06201", a
 * diagnosis "M54.5", "PM2.5", "H.264". Not a page, a circa, a user name or a host ("p.14", "c.1920",
 * "k.nowak2001", "smtp.office365.com"), which have small letters.
 */
const DOTTED_CODE = /^[A-Z][A-Z\d]*(?:[-.][A-Z\d]+)*$/;

/** What a word-with-separators (COMPOUND) is, if it is a code or a version. */
export function classifyCompound(word: string, text: string, at: number): 'code' | 'version' | null {
  if (/^v\d+(?:\.\d+)*$/i.test(word) || /^\d+\.\d+\.\d+(?:\.\d+)?$/.test(word)) return 'version';
  if (/^\d+\.\d+$/.test(word)) return VERSION_CUES.has(previousWord(text, at)) ? 'version' : null;
  const hasDigit = /\d/.test(word);
  if (!hasDigit) return /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)+$/.test(word) || /^[\w-]{2,}\.[a-z]{2,4}$/i.test(word) ? 'code' : null;
  if ('$€£¥'.includes(text[at - 1] ?? '-')) return null;
  if (/\p{L}/u.test(word)) return word.length >= 3 && !UNIT_SUFFIX.test(word) && (!word.includes('.') || DOTTED_CODE.test(word)) ? 'code' : null;
  if (/^\d+$/.test(word)) {
    if (word.length >= 5 || (word.length === 4 && !/^(?:19|20)\d\d$/.test(word))) return 'code';
    const cued = CODE_CUES.has(previousWord(text, at)) || CODE_CUES.has(nextWord(text, at + word.length));
    return word.length === 3 && cued ? 'code' : null;
  }
  return /^\d+(?:-\d+)+$/.test(word) && word.length >= 5 ? 'code' : null;
}

/** The word before `at`, across spaces, "#" and ":" ("error #404", "HTTP: 500"). */
function previousWord(text: string, at: number): string {
  let end = at;
  while (end > 0 && ' \t#:'.includes(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}

function nextWord(text: string, at: number): string {
  const m = /^[ \t]*(\p{L}+)/u.exec(text.slice(at, at + 24));
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Nouns that a number names one of: "flat 3C", "plot 14B", "Room 12", "cone 6", "Grade 5", "No. 18".
 * The pair says which one is theirs, as an order code does; a number after any other noun does not.
 */
const NUMBERED_NOUNS = new Set([
  'flat', 'apartment', 'unit', 'room', 'suite', 'plot', 'pitch', 'bay', 'berth', 'seat', 'row', 'gate', 'platform',
  'stand', 'table', 'locker', 'ward', 'bed', 'studio', 'cabin', 'lodge', 'court', 'stall', 'zone', 'track', 'level',
  'grade', 'cone', 'number', 'no', 'lot', 'box', 'tray', 'address', 'floor', 'lesson', 'day', 'charger', 'pump', 'tank', 'block', 'stage',
  'chapter', 'module', 'episode', 'size',
]);
const PLACE_NUMBER = /^(?:\d{1,3}[a-z]?|[a-z]\d{1,3})$/;

/** Street names' last words: "22 Birch Close", "14 Church Lane". */
const STREET_WORDS = new Set([
  'close', 'road', 'rd', 'street', 'st', 'lane', 'avenue', 'ave', 'drive', 'way', 'court', 'crescent', 'place', 'gardens', 'terrace', 'grove',
  'mews', 'square', 'walk', 'rise', 'boulevard', 'blvd',
]);

/** "22 Birch Close", "7 St Mary's Road": a house number and its street (one or two capitalised words and a street word). */
export function streetAddresses(text: string, tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const number = tokens[i];
    if (!number || !/^\d{1,4}[a-z]?$/.test(number.norm) || /[\p{L}\p{N}][-/.:]$/u.test(text.slice(Math.max(0, number.start - 2), number.start))) continue;
    for (let last = i + 2; last <= i + 3 && last < tokens.length; last++) {
      const words = tokens.slice(i + 1, last + 1);
      if (words.some((w) => w.breakBefore || !/^\p{Lu}/u.test(text.slice(w.start, w.end)))) break;
      if (STREET_WORDS.has(tokens[last]?.norm ?? '')) {
        found.push([number.start, tokens[last]?.end ?? number.end]);
        i = last;
        break;
      }
    }
  }
  return found;
}

/** "flat 3C", "No. 18": a numbered noun and its number, as spans of the text. */
export function numberedPlaces(text: string, tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i];
    const number = tokens[i + 1];
    if (!noun || !number || !NUMBERED_NOUNS.has(noun.norm) || !PLACE_NUMBER.test(number.norm)) continue;
    // "no" only as the abbreviation, with its full stop ("No. 18"), never the word ("no 403s").
    const between = text.slice(noun.end, number.start);
    if (noun.norm === 'no' ? between !== '. ' && between !== '.' : between !== ' ') continue;
    // The whole of a code it opens: "Unit 7A-4418", not "Unit 7A".
    COMPOUND_AT.lastIndex = number.start;
    found.push([noun.start, COMPOUND_AT.exec(text) ? COMPOUND_AT.lastIndex : number.end]);
    i++;
  }
  return found;
}

/**
 * A telephone number, or any long number written in groups: "07700 900 318", "+44 7700 900418",
 * "(01632) 960552", "98231 46702", "4471 0932 5518". Groups of digits joined by single spaces or
 * hyphens, nine to fifteen digits in all, read whole: split into its groups it gave two or three
 * terms of one number ("07700", "900418"), and "his number is 07700" with the label.
 */
const GROUPED_NUMBER = /(?<![\p{L}\p{N}+£$€¥.,/:_-])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)|\d{2,5})(?:[ -](?:\(\d{2,5}\)|\d{2,6})){1,4}(?![\p{L}\p{N}]|[.,/:]\d)/gu;
const MIN_GROUPED_DIGITS = 9;
const MAX_GROUPED_DIGITS = 15;

/**
 * …and a reference written in spaced groups, with the letters it starts or ends with: "QH 4417 0923 6GB"
 * (a tracking number), "3004 8812 5", "7730 4412 K", "IE 4471 0092", "7654 3198" (eight digits are
 * enough when only spaces join them: hyphens join dates and the codes COMPOUND reads). A lone digit
 * ends it only before punctuation or the line's end ("account 3004 8812 5.", not "… 8812 2 weeks").
 */
const SPACED_REFERENCE = /(?<![\p{L}\p{N}+£$€¥.,/:_-])(?:\p{Lu}{2,4} )?\d{2,5}(?: \d{2,6}){1,3}(?: \d?\p{Lu}{1,3}(?![\p{L}\p{N}])| \d(?=[.,;)]|\s*$))?(?![\p{L}\p{N}]|[.,/:]\d)/gmu;
const MIN_SPACED_DIGITS = 8;

export function groupedNumbers(text: string): [number, number][] {
  const found: [number, number][] = [];
  const read = (pattern: RegExp, minDigits: number): void => {
    for (const m of text.matchAll(pattern)) {
      let digits = 0;
      for (const ch of m[0]) if (ch >= '0' && ch <= '9') digits++;
      // Years written one after another are years: "2019 2020 2021".
      if (digits < minDigits || digits > MAX_GROUPED_DIGITS || /^(?:(?:19|20)\d\d[ -]?)+$/.test(m[0])) continue;
      const end = m.index + m[0].length;
      if (found.some(([s, e]) => s < end && m.index < e)) continue;
      found.push([m.index, end]);
    }
  };
  read(GROUPED_NUMBER, MIN_GROUPED_DIGITS);
  read(SPACED_REFERENCE, MIN_SPACED_DIGITS);
  return found.sort((a, b) => a[0] - b[0]);
}
