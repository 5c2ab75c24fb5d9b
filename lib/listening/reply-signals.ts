/**
 * What a reply does that a careful listener does: thanks, acknowledges, gives a next step and a
 * time, asks a clarifying question. The checklist ticks itself from these; the absence hints
 * fire when they are missing. Quoted text never counts: thanking is the agent's job.
 */
import { capText } from './input-cap';
import { scanLexicon, type LexiconMatches } from './lexicon';
import { expandPhrase } from './phrase-matcher';
import { prepareText, type PreparedText } from './prepared-text';
import { AMOUNT_WORDS, CLOSING_QUESTIONS, IMPERATIVE_OPENERS, TIME_UNITS, type PhraseSignal } from './signal-phrases';
import type { Token } from './tokens';
import type { ReplySignals } from './types';

const IMPERATIVES = new Set(IMPERATIVE_OPENERS);
const LEAD_INS = new Set(['please', 'simply', 'just', 'first', 'then', 'next', 'now', 'also', 'finally']);
const UNITS = new Set(TIME_UNITS);
const AMOUNTS = new Set(AMOUNT_WORDS);
const CLOSERS = CLOSING_QUESTIONS.flatMap(expandPhrase);
const QUESTION_OPENERS = new Set(['what', 'which', 'when', 'where', 'how', 'why', 'who', 'is', 'are', 'does', 'do', 'did', 'could', 'can', 'would', 'was', 'were', 'have', 'has']);
const LIST_ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]/gm;

export function replySignals(reply: string): ReplySignals {
  const doc = prepareText(capText(reply).text);
  return signalsOf(doc, scanLexicon(doc.text, doc.tokens, undefined, true));
}

/** Whether the lexicon found any phrase of `signal` in the reply. */
export function foundSignal(found: LexiconMatches, signal: PhraseSignal): boolean {
  return found.signals.some((m) => m.entry.signal === signal);
}

export function signalsOf(doc: PreparedText, found: LexiconMatches): ReplySignals {
  const has = (signal: PhraseSignal): boolean => foundSignal(found, signal);
  const questions = questionsAsked(doc, found);
  const clarifyingQuestion = questions.clarifying || has('asksDetails');
  const redirect = has('redirect');
  return {
    thanks: has('thanks'),
    acknowledgement: acknowledges(found),
    // A link is somewhere to go: the article with the steps, the form to fill in. A doubting question
    // ("Are you sure the switches were on?") is no clarifying question, but it still asks them for
    // something: the doubting hint is about it, not a missing next step.
    nextStep:
      has('nextStep') || redirect || clarifyingQuestion || questions.doubting || startsWithInstruction(doc.tokens) || hasListItem(doc) || hasLink(doc.text),
    timeframe: namesTime(doc, found),
    clarifyingQuestion,
    redirect,
  };
}

/** An acknowledgement inside a formulaic apology ("I'm sorry if you feel…") does not count. */
function acknowledges(found: LexiconMatches): boolean {
  return sincereAcknowledgements(found).length > 0;
}

function sincereAcknowledgements(found: LexiconMatches): LexiconMatches['signals'] {
  const nonApologies = found.rules.filter((m) => m.entry.rule.category === 'non-apology');
  return found.signals.filter((m) => m.entry.signal === 'acknowledgement' && !nonApologies.some((n) => overlaps(n, m)));
}

const APOLOGY_WORDS = new Set(['sorry', 'apologies', 'apologise', 'apologize']);

/**
 * An acknowledgement that apologises ("I'm so sorry the crew was late", "my apologies"), not a
 * formulaic one, nor sympathy ("sorry to hear"): the agent owning what went wrong.
 */
export function apologises(doc: PreparedText, found: LexiconMatches): boolean {
  const { tokens } = doc;
  return sincereAcknowledgements(found).some((m) => {
    for (let i = m.first; i <= m.last; i++) if (APOLOGY_WORDS.has(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm !== 'to') return true;
    return false;
  });
}

/** The agent's own voice: "I", "I've", "I'll", "I'm", "I'd". */
const FIRST_PERSON = new Set(['i', "i've", "i'll", "i'm", "i'd"]);

/**
 * Whether anyone writes as themself ("I've checked", "I'll call you"), not only as the company
 * ("We apologise for any inconvenience"): a form letter in the company's voice alone is the one
 * nobody wrote to them.
 */
export function speaksAsThemself(doc: PreparedText): boolean {
  return doc.tokens.some((t) => FIRST_PERSON.has(t.norm));
}

/** The agent's own voice with its object and possessive ("me", "my"): what share of the reply's words speak as themself. */
const FIRST_PERSON_WORDS = new Set([...FIRST_PERSON, 'me', 'my', 'myself']);

export function firstPersonShare(doc: PreparedText): number {
  let count = 0;
  for (const t of doc.tokens) {
    const first = t.norm.charCodeAt(0);
    // Every first-person word starts with "i" or "m": most words are passed over unlooked-up.
    if ((first === 105 || first === 109) && FIRST_PERSON_WORDS.has(t.norm)) count++;
  }
  return doc.tokens.length === 0 ? 0 : count / doc.tokens.length;
}

/**
 * How many different template formulas a reply uses (one per opening token: "Dear Customer",
 * "Thank you for contacting", "Please note"), and whether every acknowledging phrase in it is one of
 * them ("we appreciate your patience"): what absence.ts reads to tell a form letter.
 */
export function formulasOf(found: LexiconMatches): { formulas: number; acknowledgesByFormulaOnly: boolean } {
  const formulas = found.signals.filter((m) => m.entry.signal === 'formula');
  return {
    formulas: new Set(formulas.map((m) => m.first)).size,
    acknowledgesByFormulaOnly: found.signals.every((m) => m.entry.signal !== 'acknowledgement' || formulas.some((f) => overlaps(f, m))),
  };
}

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** A sentence that opens with a verb of action, maybe after "please", "simply", "first"…: "Simply reinstall it". */
function startsWithInstruction(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (!token.breakBefore) return false;
    const next = tokens[i + 1];
    return IMPERATIVES.has(token.norm) || (LEAD_INS.has(token.norm) && next !== undefined && !next.breakBefore && IMPERATIVES.has(next.norm));
  });
}

function hasLink(text: string): boolean {
  return text.includes('https://') || text.includes('http://') || text.includes('www.');
}

function hasListItem(doc: PreparedText): boolean {
  for (const match of doc.text.matchAll(LIST_ITEM)) {
    if (!isHidden(doc.hidden, match.index + match[0].length)) return true;
  }
  return false;
}

/** The kind of day between a number and its unit: "10 working days", "3 business days". */
const DAY_KINDS: ReadonlySet<string> = new Set(['working', 'business', 'calendar', 'clear']);

/** Whether token i names a time by itself: a number with a unit ("2 hours") or a clock ("3pm", "15:30"). */
function isTimeAt(doc: PreparedText, i: number): boolean {
  const { text, tokens } = doc;
  const token = tokens[i];
  if (!token) return false;
  const previous = tokens[i - 1];
  if (UNITS.has(token.norm)) {
    const count = previous !== undefined && DAY_KINDS.has(previous.norm) ? tokens[i - 2] : previous;
    return count !== undefined && (AMOUNTS.has(count.norm) || isNumber(count.norm));
  }
  if (token.norm === 'am' || token.norm === 'pm') return previous !== undefined && isNumber(previous.norm);
  const first = token.norm.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  if (/^\d{1,2}(?:am|pm)$/.test(token.norm)) return true;
  // 15:30 — two numbers joined by a colon.
  const next = tokens[i + 1];
  return isNumber(token.norm) && next !== undefined && isNumber(next.norm) && text.slice(token.end, next.start) === ':';
}

function namesTime(doc: PreparedText, found: LexiconMatches): boolean {
  return found.signals.some((m) => m.entry.signal === 'timeframe') || doc.tokens.some((_, i) => isTimeAt(doc, i));
}

/**
 * Words that say what comes ("the replacement will ship", "once it arrives", "it's on its way",
 * "the visit is scheduled", "shortly"): a reply with one tells them what happens now, even in a form
 * the next-step phrases miss. Not for the checklist (a next step is an action); only to keep
 * no-next-step from saying nothing comes when something does.
 */
const AHEAD_WORDS: ReadonlySet<string> = new Set(['will', "it'll", "they'll", "you'll", "we'll", "i'll", "that'll", 'once', 'scheduled', 'booked', 'soon', 'shortly']);

export function looksAhead(doc: PreparedText): boolean {
  const { tokens } = doc;
  return tokens.some((t, i) => AHEAD_WORDS.has(t.norm) || (t.norm === 'way' && tokens[i - 2]?.norm === 'on' && ['its', 'the', 'their', 'your'].includes(tokens[i - 1]?.norm ?? '')));
}

/**
 * A time for what happens next: one named in a sentence about the future ("you'll have it by
 * Friday", "within 2 hours", "tomorrow"). "The application closes on Monday" or "our lines are
 * open 9am to 9pm" name a time and tell them nothing about what happens now. One pass.
 */
export function namesTimeAhead(doc: PreparedText, found: LexiconMatches): boolean {
  return timedSentences(doc, found, true, true).length > 0;
}

/**
 * The sentences that name a time, each as its first and last token, in order: with `ahead`, only a
 * time ahead (as namesTimeAhead reads it); with `firstOnly`, only the first one found.
 */
export function timedSentences(doc: PreparedText, found: LexiconMatches, ahead: boolean, firstOnly = false): { first: number; last: number }[] {
  const { tokens } = doc;
  const listed = new Uint8Array(tokens.length);
  for (const m of found.signals) if (m.entry.signal === 'timeframe') listed[m.first] = 1;
  const sentences: { first: number; last: number }[] = [];
  let time = false;
  let future = false;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.breakBefore) {
      if (time && (future || !ahead)) {
        sentences.push({ first: start, last: i - 1 });
        if (firstOnly) return sentences;
      }
      time = future = false;
      start = i;
      if (!token) break;
    }
    if (listed[i] || isTimeAt(doc, i)) {
      if (AHEAD_BY_ITSELF.has(token.norm)) future = true;
      time = true;
    }
    if (FUTURE_MARKERS.has(token.norm) || token.norm.endsWith("'ll")) future = true;
  }
  return sentences;
}
/** Times that are always ahead. */
const AHEAD_BY_ITSELF = new Set(['tomorrow', 'tonight']);
/** Words that put a sentence's time ahead of now. */
const FUTURE_MARKERS = new Set(['will', 'shall', 'going', 'expect', 'expected', 'within', 'by', 'until', 'before', 'next', 'should', 'soon', 'later', 'after', 'take', 'takes']);

function isNumber(word: string): boolean {
  return word.length > 0 && word.length <= 4 && /^\d+$/.test(word);
}

/**
 * The questions the agent asks about the problem (not closers), read in one pass: whether one is a
 * clarifying question, and whether one is a doubting one ("Are you sure …?").
 */
function questionsAsked(doc: PreparedText, found: LexiconMatches): { clarifying: boolean; doubting: boolean } {
  const { text, tokens, hidden } = doc;
  const doubting = found.rules.filter((m) => m.entry.rule.category === 'doubting');
  const asked = { clarifying: false, doubting: false };
  let t = 0;
  for (let q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
    if (isHidden(hidden, q)) continue;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= q) t++;
    const last = t - 1;
    let first = last;
    while (first > 0 && !tokens[first]?.breakBefore) first--;
    if (last < 0 || (tokens[last]?.end ?? 0) < (tokens[first]?.start ?? 0)) continue;
    if (CLOSERS.some((words) => words.every((w, k) => tokens[first + k]?.norm === w))) continue;
    const doubts = doubting.some((m) => m.first >= first && m.first <= last);
    const opener = tokens[first]?.norm ?? '';
    let addressed = QUESTION_OPENERS.has(opener);
    for (let k = first; k <= last && !addressed; k++) addressed = /^your?\b/.test(tokens[k]?.norm ?? '');
    if (!addressed) continue;
    if (doubts) asked.doubting = true;
    else asked.clarifying = true;
    if (asked.clarifying && asked.doubting) break;
  }
  return asked;
}

function isHidden(hidden: readonly number[], offset: number): boolean {
  for (let k = 0; k < hidden.length; k += 2) {
    if ((hidden[k] ?? 0) <= offset && offset < (hidden[k + 1] ?? 0)) return true;
  }
  return false;
}
