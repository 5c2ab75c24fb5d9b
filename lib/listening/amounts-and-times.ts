/**
 * Amounts and times in a customer's message, as key terms: "$40", "£312.40", "1.4 mil", "38MB",
 * "since Monday", "for 4 days", "14 days ago", "the 15th", "9:00am", "tonight". They are what
 * the customer will check a restatement against ("you were charged $40 twice since the 3rd").
 * Found by walking tokens, with one small linear pattern per token: nothing can backtrack.
 */
import type { Token } from './tokens';

export type Span = [start: number, end: number];

const CURRENCY_BEFORE = '$£€¥₹₦₱₩₽₺₫฿₪₴₵';
/**
 * Currencies written as a word or code before the number: "Rs. 4,860", "USD 1,180", "KSh 2,500" (57
 * tuned customer messages, most of them rupees, lost these amounts or kept "Rs" alone as a term).
 */
const CURRENCY_WORDS = new Set([
  'rs', 'inr', 'usd', 'gbp', 'eur', 'cad', 'aud', 'nzd', 'sgd', 'hkd', 'ksh', 'kes', 'ngn', 'zar', 'aed', 'sar', 'qar', 'myr',
  'chf', 'jpy', 'cny', 'rmb', 'brl', 'mxn', 'pkr', 'lkr', 'bdt', 'npr', 'egp', 'ghs', 'ugx', 'tzs', 'pln', 'sek', 'nok', 'dkk',
  // Not "PHP" ("PHP 8.1" is a version) nor "TRY" ("try 3 times"): the word reads first.
]);
/**
 * A rand, peso or naira amount glued to its letter, with its thousands: "R1,860", "P120,000", "N48,000".
 * Without the thousands it is as likely a code ("P12", "R2").
 */
const LETTER_CURRENCY = /^[RPN]\d{1,3}$/;
const AMOUNT_UNITS = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'usd', 'eur', 'gbp', 'cad', 'aud', 'mil', 'million', 'millions', 'k',
  'bn', 'billion', 'percent', 'gb', 'mb', 'tb', 'kb', 'gbps', 'mbps', 'cm', 'mm', 'kg', 'lb', 'lbs', 'points', 'credits', 'coins', 'gems',
  // Measurements: "0.8 m", "12 V", "4.2 kW", "50 ml", "40 miles" ("88 degrees" is left to the symptom it ends: "stuck at 88 degrees").
  'm', 'km', 'metre', 'metres', 'meter', 'meters', 'mile', 'miles', 'inch', 'inches', 'feet', 'ft', 'v', 'volts', 'kw', 'kwh', 'kva', 'w',
  'watts', 'mah', 'ml', 'l', 'litres', 'liters', 'g', 'mg', 'mph', 'hz', 'khz', 'ghz', 'microns', 'ul', 'µl', 'psi',
  'rupees', 'rupee', 'rand', 'naira', 'pesos', 'peso', 'dirhams', 'yen', 'yuan', 'shillings', 'inr', 'zar', 'ngn', 'kes', 'aed',
]);
/** Units of a duration worth keeping; seconds are how long something took, not how long they waited. */
const TIME_UNITS = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']);
const TIME_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'yesterday', 'today', 'christmas', 'weekend', 'morning', 'update', 'upgrade', 'week', 'month', 'year',
]);
/** Words that lead a duration, with which "a" counts as a number: "for a week", "almost a day". */
const DURATION_LEADS = new Set(['almost', 'over', 'about', 'nearly', 'for', 'within', 'after', 'in', 'around', 'roughly']);
const UNIT_QUALIFIERS = new Set(['working', 'business', 'full', 'whole', 'calendar', 'more', 'straight', 'consecutive']);
const SINCE = new Set(['since', 'until', 'till', 'before', 'by']);
const TIME_LEADS = new Set(['the', 'last', 'this', 'next', 'early', 'late', 'mid']);
const DEADLINES = new Set(['tonight', 'tomorrow']);
/** "last Thursday", "this Friday", "next week": the day it happened or is needed by. */
const DAY_LEADS = new Set(['last', 'this', 'next', 'every']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const AHEAD = new Set(['week', 'weekend', 'month']);
const PART_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
const NUMBER_WITH_UNIT = /^\d[\d,]*(?:\.\d+)?(?:[gklmvw]|mil|bn|gb|mb|tb|kb|cm|mm|km|kg|lbs?|kwh?|kva|ml|mg|mph|g?hz|mah)$/;
/** Words before a clock time written with a dot ("arrived at 10.40", "until 9.30"): without one, "10.40" is any number. */
const CLOCK_LEADS = new Set(['at', 'until', 'till', 'after', 'before', 'by', 'from', 'around']);
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;
const CLOCK = /^\d{1,2}(?:am|pm)$/;

/** A word that follows in the same clause (no break before it). */
function sameClause(t: Token | undefined): t is Token {
  return t !== undefined && !t.breakBefore;
}

/** Spans of amounts and times, in order; they never overlap. */
export function amountsAndTimes(text: string, tokens: readonly Token[]): { amounts: Span[]; times: Span[] } {
  const amounts: Span[] = [];
  const times: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    // "R1,860", "P120,000": an amount glued to its currency's letter.
    if (LETTER_CURRENCY.test(text.slice(token.start, token.end)) && text[token.end] === ',' && next?.start === token.end + 1 && /^\d{3}$/.test(next.norm)) {
      const last = wholeNumber(text, tokens, i);
      amounts.push([token.start, tokens[last]?.end ?? token.end]);
      i = last;
      continue;
    }
    const isNumber = /^\d/.test(token.norm);
    // Each run of digits and dots is read once, whatever comes of it ("1.2.3.4…" stays linear).
    const numberLast = isNumber ? wholeNumber(text, tokens, i) : i;
    // The number inside a code or a version ("RY-2291", "v4.2", "3/4") is not an amount, a time or
    // a date; the end of a range is read with its start ("24-48 hours", "6-7 Dec").
    const rangeStart = isNumber ? rangeStartBefore(text, token.start) : null;
    if (isNumber && rangeStart === null && isGluedToPrevious(text, token.start)) {
      i = numberLast;
      continue;
    }
    // Money and quantities: "$40", "£312.40", "65.50$", "CA$418.60", "1.4 mil", "38MB", "100%".
    const amount = isNumber ? amountAt(text, tokens, i, numberLast) : null;
    if (amount) {
      amounts.push([rangeStart ?? amount.start, amount.end]);
      i = amount.last;
      continue;
    }
    // Durations: "4 days", "30 minutes ago", "a week", "almost a day", "2.5 hours".
    const duration = durationAt(text, tokens, i);
    if (duration) {
      times.push([rangeStart ?? duration.start, duration.end]);
      i = duration.last;
      continue;
    }
    // "since Monday", "since last week", "since the 2nd", "before the 15th".
    if (SINCE.has(token.norm) && sameClause(next)) {
      let j = i + 1;
      while (sameClause(tokens[j]) && TIME_LEADS.has(tokens[j]?.norm ?? '') && j < i + 3) j++;
      const word = tokens[j];
      if (sameClause(word) && (TIME_NAMES.has(word.norm) || ORDINAL.test(word.norm))) {
        let last = j;
        const after = tokens[j + 1];
        if (sameClause(after) && (PART_OF_DAY.includes(after.norm) || ORDINAL.test(after.norm) || (isMonth(text, word) && isDayOfMonth(text, tokens, j + 1)))) last++;
        times.push([token.start, tokens[last]?.end ?? word.end]);
        i = last;
        continue;
      }
    }
    // "last Thursday morning", "every Tuesday", "next week", "this weekend".
    if (DAY_LEADS.has(token.norm) && sameClause(next) && (WEEKDAYS.has(next.norm) || (AHEAD.has(next.norm) && (token.norm === 'next' || (token.norm === 'this' && next.norm === 'weekend'))))) {
      const after = tokens[i + 2];
      const last = WEEKDAYS.has(next.norm) && sameClause(after) && PART_OF_DAY.includes(after.norm) ? i + 2 : i + 1;
      times.push([token.start, tokens[last]?.end ?? next.end]);
      i = last;
      continue;
    }
    // Dates and clock times: "the 15th", "15 December", "December 15", "9:00am", "7pm", "tonight".
    const date = dateAt(text, tokens, i);
    if (date) {
      times.push([rangeStart ?? date.start, date.end]);
      i = date.last;
      continue;
    }
    i = numberLast;
  }
  return { amounts, times };
}

/** A number joined to the word or number before it by a hyphen, slash, dot or colon: part of a code. */
function isGluedToPrevious(text: string, start: number): boolean {
  return /[\p{L}\p{N}][-/.:_–]$/u.test(text.slice(Math.max(0, start - 2), start));
}

/** Where a range "24-48", "6–7" begins, when the number at `start` ends one; null otherwise. */
function rangeStartBefore(text: string, start: number): number | null {
  const m = /\d{1,4}[-–]$/.exec(text.slice(Math.max(0, start - 5), start));
  if (!m) return null;
  const from = start - m[0].length;
  return /[\p{L}\p{N}]/u.test(text[from - 1] ?? '') || isGluedToPrevious(text, from) ? null : from;
}

/** "2.25GB", "1,290": the tokeniser splits at the dot and the comma; the last token of the whole number. */
function wholeNumber(text: string, tokens: readonly Token[], i: number): number {
  let last = i;
  for (;;) {
    const end = tokens[last]?.end ?? 0;
    const next = tokens[last + 1];
    if (!next || next.start !== end + 1 || !'.,'.includes(text[end] ?? ' ') || !/^\d/.test(next.norm)) return last;
    last++;
  }
}

function amountAt(text: string, tokens: readonly Token[], i: number, numberLast: number): { start: number; end: number; last: number } | null {
  const first = tokens[i];
  if (!first) return null;
  let last = numberLast;
  let start = first.start;
  let end = tokens[last]?.end ?? first.end;
  const whole = text.slice(start, end).toLowerCase();
  if (!NUMBER.test(whole) && !NUMBER_WITH_UNIT.test(whole)) return null;
  const unit = tokens[last + 1];
  const unitFollows = unit !== undefined && !unit.breakBefore && unit.start - end <= 1;
  const before = tokens[i - 1];
  if (unitFollows && TIME_UNITS.has(unit.norm)) {
    // A price by the time it buys, "£7/month", "$12/hr", is one amount; "7/month" alone is no term.
    if (!CURRENCY_BEFORE.includes(text[start - 1] ?? ' ') || text.slice(end, unit.start) !== '/') return null; // a duration
    return { start: currencyStart(text, start - 1, first.start), end: unit.end, last: last + 1 };
  }
  let isAmount = NUMBER_WITH_UNIT.test(whole);
  if (before && CURRENCY_WORDS.has(before.norm) && /^\.? ?$/.test(text.slice(before.end, start))) {
    // "Rs. 4,860", "USD 1,180"
    start = before.start;
    isAmount = true;
  } else if (CURRENCY_BEFORE.includes(text[start - 1] ?? ' ')) {
    start = currencyStart(text, start - 1, first.start);
    isAmount = true;
  } else if (CURRENCY_BEFORE.includes(text[end] ?? ' ') || text[end] === '%') {
    end++;
    isAmount = true;
  } else if (text[end] === '°') {
    // "62°C", "900°F", "9°": a temperature or an angle.
    end += /^[CFcf](?![\p{L}\p{N}])/u.test(text.slice(end + 1, end + 3)) ? 2 : 1;
    if (tokens[last + 1]?.start === end - 1) last++;
    isAmount = true;
  }
  if (unitFollows && AMOUNT_UNITS.has(unit.norm)) {
    end = unit.end;
    last++;
    isAmount = true;
  }
  return isAmount ? { start, end, last } : null;
}

/** Where a currency sign at `sign` starts, with the capitals naming its country: "CA$", "US$". */
function currencyStart(text: string, sign: number, number: number): number {
  let start = sign;
  while (start > 0 && start > number - 4 && /\p{Lu}/u.test(text[start - 1] ?? '')) start--;
  return start;
}

function durationAt(text: string, tokens: readonly Token[], i: number): { start: number; end: number; last: number } | null {
  const token = tokens[i];
  let j = i;
  if (!token) return null;
  if (DURATION_LEADS.has(token.norm)) j++;
  const amount = tokens[j];
  const numberLast = /^\d/.test(amount?.norm ?? '') ? wholeNumber(text, tokens, j) : j;
  // "5 working days", "3 full weeks": one word may stand between the number and its unit.
  const qualified = UNIT_QUALIFIERS.has(tokens[numberLast + 1]?.norm ?? '') && !tokens[numberLast + 2]?.breakBefore;
  const unitAt = qualified ? numberLast + 2 : numberLast + 1;
  const unit = tokens[unitAt];
  if (!amount || !unit || unit.breakBefore || (j > i && amount.breakBefore)) return null;
  const isAmount = /^\d/.test(amount.norm) || (NUMBER_WORDS.has(amount.norm) && amount.norm !== 'a' && amount.norm !== 'an') || ((amount.norm === 'a' || amount.norm === 'an') && j > i);
  if (!isAmount || !TIME_UNITS.has(unit.norm)) return null;
  let last = unitAt;
  const ago = tokens[last + 1];
  if (ago && !ago.breakBefore && (ago.norm === 'ago' || ago.norm === 'later' || ago.norm === 'now')) last++;
  return { start: token.start, end: tokens[last]?.end ?? unit.end, last };
}

function dateAt(text: string, tokens: readonly Token[], i: number): { start: number; end: number; last: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const next = tokens[i + 1];
  const joined = next !== undefined && !next.breakBefore;
  if (DEADLINES.has(token.norm)) return { start: token.start, end: token.end, last: i };
  if (CLOCK.test(token.norm)) return { start: token.start, end: token.end, last: i };
  // "9:00am": a number, a colon, a number with am/pm; "5.30pm", "at 10.40" with a dot.
  const clockSeparator = text[token.end] === ':' || (text[token.end] === '.' && (/(?:am|pm)$/.test(next?.norm ?? '') || CLOCK_LEADS.has(tokens[i - 1]?.norm ?? '')));
  if (/^\d{1,2}$/.test(token.norm) && clockSeparator && next && /^\d{2}(?:am|pm)?$/.test(next.norm) && next.start === token.end + 1) {
    const after = tokens[i + 2];
    const last = after && after.start === next.end + 1 && (after.norm === 'am' || after.norm === 'pm') ? i + 2 : i + 1;
    return { start: token.start, end: tokens[last]?.end ?? next.end, last };
  }
  // "15 December", "15th of December", "December 15", "the 15th".
  if ((/^\d{1,2}$/.test(token.norm) || ORDINAL.test(token.norm)) && joined) {
    if (isMonth(text, next)) return { start: token.start, end: next.end, last: i + 1 };
    const of = tokens[i + 2];
    if (next.norm === 'of' && of && !of.breakBefore && isMonth(text, of)) return { start: token.start, end: of.end, last: i + 2 };
  }
  if (isMonth(text, token) && joined && (/^\d{1,2}$/.test(next.norm) || ORDINAL.test(next.norm))) return { start: token.start, end: next.end, last: i + 1 };
  if (token.norm === 'the' && joined && ORDINAL.test(next.norm)) {
    // "the 5th of November": the month too.
    const [of, month] = [tokens[i + 2], tokens[i + 3]];
    if (of?.norm === 'of' && sameClause(of) && sameClause(month) && isMonth(text, month)) return { start: token.start, end: month.end, last: i + 3 };
    return { start: token.start, end: next.end, last: i + 1 };
  }
  return namedDayAt(text, tokens, i);
}

/** What may follow a day after its month ("on October 5 and again…", "November 5, 2024"). */
const DAY_FOLLOWERS = new Set(['and', 'or', 'at', 'to', 'but', 'then', 'when', 'so', 'because', 'until', 'with', 'in', 'on', 'this', 'last', 'next', 'which', 'as', 'after', 'before']);

/**
 * A day right after a month's name: "October 5", "December 5th"; a bare number only where what follows in
 * its clause, if anything, is no noun of its own ("March 2 times"); never across a comma or a currency
 * sign ("in July, $14.99").
 */
function isDayOfMonth(text: string, tokens: readonly Token[], k: number): boolean {
  const day = tokens[k];
  if (!sameClause(day) || !/^\s+$/.test(text.slice(tokens[k - 1]?.end ?? day.start, day.start))) return false;
  if (ORDINAL.test(day.norm)) return true;
  if (!/^\d{1,2}$/.test(day.norm)) return false;
  const after = tokens[k + 1];
  return !sameClause(after) || /^\d{4}$/.test(after.norm) || DAY_FOLLOWERS.has(after.norm);
}

/** A month's name; "May" only capitalised (never "may I", "you may 2x"). */
function isMonth(text: string, t: Token | undefined): boolean {
  return t !== undefined && (MONTHS.has(t.norm) || (t.norm === 'may' && text[t.start] === 'M'));
}

/**
 * A day or a month by its name, with the word that places it: "on Saturday", "Saturday 21st",
 * "Monday morning", "by Friday", "in August", "end of January", "mid-October". A month needs its
 * capital letter and, for "March" and "May", a word placing it ("in March"), never "march on".
 */
function namedDayAt(text: string, tokens: readonly Token[], i: number): { start: number; end: number; last: number } | null {
  let j = i;
  while (j < i + 3 && DATE_LEADS.has(tokens[j]?.norm ?? '') && sameClause(tokens[j + 1])) j++;
  const name = tokens[j];
  if (!name) return null;
  const placed = j > i;
  const isDay = WEEKDAYS.has(name.norm);
  const monthName = !isDay && isMonth(text, name) && /^\p{Lu}/u.test(text.slice(name.start, name.end)) && (placed || !AMBIGUOUS_MONTHS.has(name.norm));
  if (!isDay && !monthName) return null;
  // The span keeps the words placing it ("by Friday", "following Monday"); a weekday takes its date or part of day after it.
  let last = j;
  const after = tokens[j + 1];
  // …and a month its day: "on October 5", "in March 12th" (not "in March 2 times", nor "in July, $14.99").
  if (monthName && isDayOfMonth(text, tokens, j + 1)) last++;
  if (sameClause(after) && isDay && (PART_OF_DAY.includes(after.norm) || ORDINAL.test(after.norm) || /^\d{1,2}$/.test(after.norm))) {
    last++;
    const monthAfter = tokens[last + 1];
    if (!PART_OF_DAY.includes(after.norm) && sameClause(monthAfter) && isMonth(text, monthAfter)) last++;
  }
  return { start: tokens[i]?.start ?? name.start, end: tokens[last]?.end ?? name.end, last };
}
/** The words that place a time, left out when a restatement is checked for it ("by Friday", "since the 2nd"). */
export const TIME_PLACERS: ReadonlySet<string> = new Set(['on', 'by', 'in', 'from', 'until', 'till', 'for', 'of', 'the', 'since', 'before', 'at', 'after', 'within', 'around', 'about', 'over', 'nearly', 'almost', 'roughly']);
/** Words that place a named day or month: "on Friday", "by Monday", "end of January", "the following Tuesday". */
const DATE_LEADS = new Set(['on', 'by', 'in', 'from', 'until', 'till', 'for', 'of', 'end', 'start', 'early', 'mid', 'late', 'middle', 'following']);
const AMBIGUOUS_MONTHS = new Set(['march', 'may', 'jan', 'mar', 'jun', 'aug', 'oct', 'nov', 'dec', 'sep']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The nouns of UNCOUNTED: "two things", "three questions". */
const UNCOUNTED_NOUNS = new Set(['things', 'thing', 'times', 'problems', 'problem', 'issues', 'issue', 'questions', 'question', 'people']);
/** Things counted that say nothing of which: "two things", "3 times", "four people". */
const UNCOUNTED = new Set([
  ...UNCOUNTED_NOUNS, 'of', 'and', 'or', 'to', 'in',
  'on', 'at', 'for', 'the', 'a', 'an', 'more', 'less', 'other', 'others', 'different', 'separate', 'am', 'pm', 'so', 'then', 'we',
  'i', 'you', 'it', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'with', 'from', 'by', 'as', 'if', 'but', 'per', 'out', 'left',
]);
/** Words after a noun that show its phrase has ended: "11 sheets arrived", "two deliveries were late". */
const PHRASE_ENDS = new Set(['arrived', 'came', 'went', 'got', 'were', 'are', 'never', 'still', 'that', 'which', 'because', 'but', 'missing', 'instead', 'too', 'each', 'all', 'only', 'not']);
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty']);

/** "11 sheets", "140 polos", "two deliveries": how many of their things, as spans. */
export function countedThings(text: string, tokens: readonly Token[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const count = tokens[i];
    const noun = tokens[i + 1];
    if (!count || !noun || noun.breakBefore || text.slice(count.end, noun.start) !== ' ') continue;
    if (!(/^\d{1,4}$/.test(count.norm) || COUNT_WORDS.has(count.norm)) || isGluedToPrevious(text, count.start)) continue;
    if (!/^\p{Ll}{3,}$/u.test(text.slice(noun.start, noun.end)) || UNCOUNTED.has(noun.norm) || TIME_UNITS.has(noun.norm) || TIME_NAMES.has(noun.norm)) continue;
    // Only where the noun ends its phrase: "52 line items" and "80 polo shirts" are longer names
    // that other readings keep whole.
    const after = tokens[i + 2];
    if (after && !after.breakBefore && text.slice(noun.end, after.start) === ' ' && !UNCOUNTED.has(after.norm) && !PHRASE_ENDS.has(after.norm)) continue;
    // "Two quick questions", "three small things": a word describing what is not counted.
    if (after && !after.breakBefore && UNCOUNTED_NOUNS.has(after.norm)) continue;
    found.push([count.start, noun.end]);
    i++;
  }
  return found;
}

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', '2nd', '3rd', '4th', '5th', '6th']);
/** What a customer counts when it keeps happening or they keep asking: "third email", "second time", "third week running". */
const REPEATED = new Set(['time', 'email', 'call', 'message', 'visit', 'attempt', 'request', 'complaint', 'chaser', 'letter', 'week', 'month', 'delivery', 'collection', 'reminder', 'engineer', 'replacement']);

/**
 * "the third email", "THIRD time this week", "second e-mail", "third week running": how often it
 * has happened, or they have asked (105 of the tuned must terms no other reading proposed).
 */
export function repeatCounts(text: string, tokens: readonly Token[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const ordinal = tokens[i];
    let noun = tokens[i + 1];
    if (!ordinal || !noun || noun.breakBefore || !ORDINALS.has(ordinal.norm) || text.slice(ordinal.end, noun.start) !== ' ') continue;
    // "e-mail" is two words to the tokeniser.
    const mail = tokens[i + 2];
    const eMail = noun.norm === 'e' && mail?.norm === 'mail' && text.slice(noun.end, mail.start) === '-';
    if (eMail) noun = mail;
    const singular = eMail ? 'email' : noun.norm.endsWith('s') && REPEATED.has(noun.norm.slice(0, -1)) ? noun.norm.slice(0, -1) : noun.norm;
    if (!REPEATED.has(singular)) continue;
    found.push([ordinal.start, noun.end]);
    i++;
  }
  return found;
}

/** Words that stand between a verb and "again": "send them again", "look at it again". */
const OBJECTS = new Set(['it', 'them', 'me', 'us', 'this', 'that', 'him', 'her']);

/**
 * What happened or was done more than once, in their words: "phoned twice", "paying again",
 * "dripping again", "send them again" (82 of the tuned part's must terms that no other reading
 * proposed ended in "again" or "twice").
 */
export function doneAgain(text: string, tokens: readonly Token[]): Span[] {
  const found: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const again = tokens[i];
    if (!again || (again.norm !== 'again' && again.norm !== 'twice') || again.breakBefore) continue;
    let first = i - 1;
    if (OBJECTS.has(tokens[first]?.norm ?? '') && first > 0 && !tokens[first]?.breakBefore) first--;
    const verb = tokens[first];
    if (!verb || !looksDone(verb.norm) || text.slice(verb.end, again.start).includes(',')) continue;
    if (first < i - 1 && tokens[first + 1]?.breakBefore) continue;
    found.push([verb.start, again.end]);
  }
  return found;
}

/**
 * What was done or went on: a past or ongoing verb ("phoned", "dripping"), or one of the verbs a
 * repeat is told with. Nothing else counts: "thanks again", "once again", "try again".
 */
const REPEATED_VERBS = new Set(['happen', 'happens', 'pay', 'charge', 'send', 'break', 'fail', 'fails', 'leak', 'leaks', 'drip', 'drips', 'rang', 'sent', 'paid', 'broke']);
function looksDone(word: string): boolean {
  return REPEATED_VERBS.has(word) || (/^\p{L}{3,}(?:ed|ing)$/u.test(word) && !CONTACTING.has(word));
}
/**
 * Writing again is them chasing us, which the reply answers by its own words, and trying again is
 * their effort: neither is a term of the problem.
 */
const CONTACTING = new Set(['writing', 'chasing', 'emailing', 'asking', 'contacting', 'messaging', 'trying', 'tried', 'saying', 'checking']);
