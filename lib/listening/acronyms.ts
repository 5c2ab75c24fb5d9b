/**
 * jargon by density: a reply that leans on several acronyms the customer never used ("the RCBO
 * tripped on the PME supply, so the DNO …") reads as a manual to someone who is not an engineer.
 * One acronym alone is often a name everybody knows; two different ones are a pattern (three were
 * asked for until the eighth pass: on the seven tuned e-mail sets written after that rule, two found 12
 * right and none wrong where three found 7). Only for a customer who does not write technically
 * themselves (see isTechnicalCustomer) and who writes fewer than three acronyms of their own
 * (analyze-reply.ts): a surveyor who writes "DSM, EPSG, GCPs" reads "CRS".
 */
import { isCommonWord } from './common-words';
import { signOffLinesStart, signOffStart } from './greetings-and-sign-offs';
import { isExplained, isGlossed, SIGNATURE_MARKS } from './jargon';
import type { PreparedText } from './prepared-text';
import type { Token } from './tokens';
import { isMenuLabel, isNamedLabel } from './shouting';
import type { Hint } from './types';

/** Different acronyms the customer never used that make a reply read as a manual (the unexplained ones are flagged). */
export const ACRONYM_DENSITY = 2;
/** Two to five capitals, perhaps a plural "s": "PCN", "PCNs", "DSLAM"; no digits ("G28" is a code). */
const ACRONYM = /^[A-Z]{2,5}s?$/;
/** A Roman numeral up to 39, "II" to "XXXIX": "Article VII", "Suikoden II", "Annex II". */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/**
 * Acronyms every customer reads: "ASAP", "PDF", "VAT", "UN-approved", file types, time zones, titles and addresses;
 * health's everyday ones ("TB", "the FDA", "your PCP", "Angela Ruiz, RN": 1 of 29 tuned uses labelled jargon).
 * The couriers' names and a managing director ("DPD will text you", "UPS 2nd Day Air", "our MD"; 9 of the 107 tuned
 * replies using them labelled jargon, for these words or others), India's and Europe's couriers too ("dispatched today
 * by DTDC", set 353 A-12, read as it came: labelled by neither).
 */
const EVERYDAY_ACRONYMS = new Set([
  'ASAP', 'FAQ', 'PIN', 'URL', 'PDF', 'UK', 'US', 'USA', 'EU', 'ID', 'OK', 'TV', 'PC', 'VAT', 'GP', 'NHS', 'MOT', 'AM', 'PM', 'DIY',
  'CEO', 'HR', 'IT', 'UTC', 'GMT', 'BST', 'SMS', 'PS', 'NB', 'RE', 'FYI', 'ETA', 'DOB', 'IBAN', 'PO', 'CV', 'GCSE', 'DVD', 'CD', 'USB',
  'WIFI', 'GPS', 'APP', 'IOS', 'SKU', 'QR', 'TBC', 'RSVP', 'AKA', 'JPG', 'JPEG', 'PNG', 'GIF', 'MP', 'HTML', 'CSV', 'DOC', 'XLS',
  'LED', 'ATM', 'CCTV', 'UN', 'UV', 'TB', 'FDA', 'RN', 'PCP', 'MD', 'DPD', 'DHL', 'UPS', 'USPS', 'DTDC', 'TNT', 'GLS', 'QA', 'MR', 'MRS', 'MS', 'DR', 'ST', 'RD', 'LTD', 'PLC', 'INC',
  // Each country's tax office and the taxes on every payslip and receipt: "subject to PAYG withholding in accordance with ATO
  // requirements", to an Australian teacher (set 387 A-17, read as it came: labelled jargon by neither; on the tuned part
  // GST, PAYG and UPI were each the wrong half of one wrong acronym hint). Not "CRA": Canada's tax office, but a UK
  // reply's "CRAs" are credit reference agencies, labelled jargon (set 245 B-14).
  'HMRC', 'IRS', 'ATO', 'IRD', 'GST', 'HST', 'PAYE', 'PAYG', 'UPI',
  // Countries as every address writes them: a ski instructor who writes "NZ", "UK" and "PAYE" is no engineer, and reads
  // "SRT" and "UTR" as a manual (set 397 A-11, read as it came: labelled jargon by both). Not currencies: "INR" is
  // also a blood test's ratio (set 149 A-06), and a customer writing "USD" beside "VPF" and "EDU" reads "SWIFT" (set
  // 214 A-08): both lost with them.
  'NZ', 'UAE',
  // …and Australia's two states whose letters stand for nothing else: "the RSA course you need in NSW", to a backpacker
  // arriving in Sydney (set 411 A-12, read as it came: labelled jargon by neither; not "WA", "SA" or "TAS", words or
  // other acronyms too).
  'NSW', 'QLD',
  // The one-time code every bank and courier texts: "enter the Request ID along with the OTP received on the registered
  // mobile number", to a delivery rider (set 415 B-06, read as it came: labelled jargon by neither; 1 of the 4 tuned
  // replies using it labelled jargon for it).
  'OTP',
]);

/** Whether a word in capitals is an acronym every customer reads ("ID", "DOB", "PDF"), plural or not. */
export function isEverydayAcronym(surface: string): boolean {
  return EVERYDAY_ACRONYMS.has(surface) || (surface.endsWith('s') && EVERYDAY_ACRONYMS.has(surface.slice(0, -1)));
}

export function acronymHints(doc: PreparedText, customerCapitals: ReadonlySet<string>, customerInitials: ReadonlySet<string>): Hint[] {
  const { text, tokens } = doc;
  // Where the sign-off starts, read only for a candidate in the last lines (where a sign-off can be).
  const lastLines = signOffLinesStart(text);
  let bodyEnd = -1;
  const firstUse = new Map<string, { start: number; end: number; explained: boolean }>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Two capitals first: most words are not candidates, and this keeps the check per word cheap.
    if (!token || token.end - token.start < 2 || token.end - token.start > 6 || !isCapital(text.charCodeAt(token.start)) || !isCapital(text.charCodeAt(token.start + 1))) continue;
    const surface = text.slice(token.start, token.end);
    if (!ACRONYM.test(surface)) continue;
    if (token.start >= lastLines) {
      if (bodyEnd < 0) bodyEnd = signOffStart(text);
      if (token.start >= bodyEnd) break;
    }
    const base = surface.endsWith('s') ? surface.slice(0, -1) : surface;
    if (firstUse.has(base) || EVERYDAY_ACRONYMS.has(base) || ROMAN_NUMERAL.test(surface) || isCommonWord(token.norm) || customerCapitals.has(base) || customerCapitals.has(surface) || customerInitials.has(base)) continue;
    // Part of a code or reference, "WP-Q-2231", "REF-WP", or of a name joined by "&": an HOA's
    // "CC&Rs" is its own term, not the acronym "CC" (set 161 A-09), nor is "P&L" or "AT&T".
    if (joinedByMark(text, token.end, 1) || joinedByMark(text, token.start - 1, -1)) continue;
    // …or written in groups a space apart: "tracking AB 4418 2093 6GB", a plate "LK19 RWV" (set 149 B-07).
    if (inSpacedReference(text, tokens, i)) continue;
    // A label on their screen or remote: "press MODE", "the DRY setting", "Settings > DRY".
    if (SIGNATURE_MARKS.includes(text[token.start - 1] ?? ' ') || isMenuLabel(text, token.start, token.end) || isNamedLabel(tokens, i, i + 1, false)) continue;
    // One of a run of words in capitals is a label on their screen or a raised voice, not an
    // acronym: "tap ADD A CHILD", "the PAY SUBS button", "MY FAMILY".
    if (inCapitalsRun(text, tokens[i - 1], token) || inCapitalsRun(text, token, tokens[i + 1])) continue;
    firstUse.set(base, { start: token.start, end: token.end, explained: isExplained(text, token.start, token.end) || isGlossed(tokens, i) });
  }
  // Explaining one ("the PEN (…)") leaves the others flagged: the reply still leans on them.
  if (firstUse.size < ACRONYM_DENSITY) return [];
  const unexplained = [...firstUse].filter(([, use]) => !use.explained);
  const names = unexplained.map(([name]) => name).join(', ');
  return unexplained.map(([, { start, end }]) => {
    const surface = text.slice(start, end);
    return {
      category: 'jargon',
      rule: 'acronyms',
      start,
      end,
      text: surface,
      message: `Acronyms they never used (${names}): spell each out once, or say it plainly (Use their words).`,
      suggestion: `${surface} (…)`,
    };
  });
}

/**
 * The initials of each run of two or more capitalised words, small joining words allowed inside:
 * "the Parochial Church Council" → PCC, "Civil Enforcement Officer" → CEO, "Bank of England" → BE and BOE.
 */
export function spelledOutInitials(doc: PreparedText): Set<string> {
  const found = new Set<string>();
  const { text, tokens } = doc;
  let run = '';
  let withJoiners = '';
  const close = (): void => {
    if (run.length >= 2) {
      found.add(run);
      found.add(withJoiners);
    }
    run = '';
    withJoiners = '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.breakBefore) close();
    const first = text[token.start] ?? '';
    // A sentence's first word opens no name: "The Parochial Church Council" is PCC.
    if (run === '' && isCommonWord(token.norm)) continue;
    if (first !== first.toLowerCase() && /\p{Ll}/u.test(text[token.start + 1] ?? '')) {
      run += first;
      withJoiners += first;
    } else if (run !== '' && INITIALISM_JOINERS.has(token.norm)) {
      withJoiners += token.norm[0]?.toUpperCase() ?? '';
    } else close();
  }
  close();
  return found;
}
const INITIALISM_JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/**
 * A hyphen or "&" at `at` with a letter or digit beyond it (`step` 1: after; -1: before). Across a hyphen only a
 * capital or a digit makes a code ("WP-Q-2231", "REF-WP"); a word in small letters makes a compound of the
 * acronym: "a WIAPS-approved plumber", "non-EU" (set 301 A-06).
 */
function joinedByMark(text: string, at: number, step: 1 | -1): boolean {
  const beyond = text[at + step] ?? '';
  if (text[at] === '&') return /[\p{L}\p{N}]/u.test(beyond);
  return text[at] === '-' && /[\p{Lu}\p{N}]/u.test(beyond);
}

/**
 * A group of a reference written in groups a space apart: letters before two or more groups that
 * begin with digits ("AB 4418 2093 6GB"), or after a group of letters and digits (a plate, "LK19
 * RWV"). Not a standard's number ("BS 5839", "ISO 9001") nor a measure ("300 DPI", "6L AFFF").
 */
function inSpacedReference(text: string, tokens: readonly Token[], i: number): boolean {
  const surface = (t: Token | undefined): string => (t ? text.slice(t.start, t.end) : '');
  const [before, token, next, afterNext] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  if (oneSpaceApart(text, token, next) && oneSpaceApart(text, next, afterNext) && /^\d{3,}$/.test(surface(next)) && /^\d[A-Z0-9]*$/.test(surface(afterNext))) return true;
  const previous = oneSpaceApart(text, before, token) ? surface(before) : '';
  return previous.length >= 4 && /\d/.test(previous) && /[A-Z]/.test(previous) && /^[A-Z0-9]+$/.test(previous);
}

/** Two words side by side, a single space apart. */
function oneSpaceApart(text: string, left: Token | undefined, right: Token | undefined): boolean {
  return !!left && !!right && text.slice(left.end, right.start) === ' ';
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Two words in capitals side by side, a space apart: "ADD A", "PAY SUBS". */
function inCapitalsRun(text: string, left: Token | undefined, right: Token | undefined): boolean {
  if (!left || !right || !oneSpaceApart(text, left, right)) return false;
  const capitals = (t: Token): boolean => {
    const surface = text.slice(t.start, t.end);
    return /^\p{Lu}+$/u.test(surface);
  };
  return capitals(left) && capitals(right);
}
