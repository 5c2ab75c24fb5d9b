/**
 * Shouting: emphatic words in capitals ("PLEASE", "NEVER"), runs of capitals that read as a
 * raised voice ("DO NOT DELETE THE FILE"), and runs of exclamation marks. Acronyms are not
 * shouting ("HTTP API"), nor are capitals the customer wrote, nor a label such as "NOTE:".
 */
import { isCommonWord } from './common-words';
import type { Token } from './tokens';
import type { Hint } from './types';

/** Emphatic words that plead or forbid, shouted wherever they stand (even in brackets after a label: qualifiesLabel). */
const PLEAS = new Set(['please', 'not', 'never', 'must', "don't", 'dont', 'cannot', "can't", 'now', 'immediately', 'stop', 'only']);
/** Words that, in capitals, raise the voice rather than name something. */
const EMPHATIC = new Set([
  ...PLEAS,
  'always', 'important', 'urgent', 'read', 'again', 'really', 'very', 'all', 'every', 'any',
  // "the day BEFORE sailing", "this is our FINAL offer", "it WILL be charged", "use the ORIGINAL cable",
  // "STRONGLY RECOMMENDS": 26 of the 27 tuned replies with one of them in capitals (the customer's not)
  // labelled shouting.
  'before', 'final', 'will', 'original', 'exactly', 'extremely', 'strongly', 'absolutely', 'definitely',
  // "from receipt of a COMPLETE application", "COMPLETE and ACCURATE", "the fee is NON-REFUNDABLE" (sets 251, 287, 317: the
  // tuned replies with one of them in capitals, read as 317 came).
  'complete', 'accurate', 'refundable',
]);
/** Between the labels of a menu path in capitals ("SETTINGS > BILLING"): a label, not a raised voice. */
const MENU_SEPARATORS = '>›»→/|';
const MIN_RUN_WORDS = 3;

const MESSAGE_CAPS = 'Capitals read as shouting to someone already frustrated (Read between the lines).';
const MESSAGE_BANG = 'A run of exclamation marks reads as shouting or exasperation (Read between the lines).';

export function shoutingHints(text: string, tokens: readonly Token[], customerWords: ReadonlySet<string>): Hint[] {
  const hints: Hint[] = [];
  let labelEnd = -1; // the token after the last label in capitals
  let i = 0;
  while (i < tokens.length) {
    if (!isShoutedWord(text, tokens[i], customerWords)) {
      i++;
      continue;
    }
    let j = i;
    let common = 0;
    while (j < tokens.length && (j === i || !tokens[j]?.breakBefore) && isShoutedWord(text, tokens[j], customerWords)) {
      // Ordinary words in capitals are a shouted sentence; acronyms in a row ("HTTP API") are not.
      if (isCommonWord(tokens[j]?.norm ?? '')) common++;
      j++;
    }
    const first = tokens[i];
    const last = tokens[j - 1];
    if (first && last && (isMenuLabel(text, first.start, last.end) || isNamedLabel(tokens, i, j) || continuesLabels(text, tokens, labelEnd, i, j) || qualifiesLabel(text, tokens, labelEnd, i, j) || isDisplayedWording(text, first.start, last.end))) {
      labelEnd = j;
      i = j;
      continue;
    }
    if (first && last && j - i >= MIN_RUN_WORDS && common >= 2) {
      hints.push(capsHint(text, first.start, last.end, 'caps-run'));
    } else {
      for (let k = i; k < j; k++) {
        const token = tokens[k];
        if (token && EMPHATIC.has(token.norm) && text[token.end] !== ':') {
          hints.push(capsHint(text, token.start, token.end, 'caps-word'));
        }
      }
    }
    i = j;
  }
  return hints;
}

/** Words that act on what is on the screen: "tap START A CLAIM", "tick KEEP ME LOGGED IN", "press MODE". */
const LABEL_ACTIONS = new Set([
  'click', 'clicking', 'choose', 'choosing', 'select', 'selecting', 'tap', 'tapping', 'press', 'pressing',
  'tick', 'ticking', 'untick', 'unticking', 'enable', 'enabling', 'disable', 'disabling', 'toggle', 'toggling',
  // …and done: "check that you have clicked FINAL SUBMIT", "you selected ANNUAL" (set 287 A-06).
  'clicked', 'chose', 'chosen', 'selected', 'tapped', 'pressed', 'ticked', 'unticked', 'enabled', 'disabled', 'toggled',
]);
/**
 * Words that may point at it too ("book it under NEW PET CHECK", "pick ANY DAY", "hit SEND"), but as
 * often at a standard or a stage: "under BS 5306-3", "under AMRA", "you've hit FG" (acronyms a
 * customer should be told, all labelled jargon on the tuned part).
 */
const LOOSE_LABEL_CUES = new Set(['under', 'pick', 'hit']);
/** A screen gone to by name, the verb right before "to": "go to ORDER AGAIN and choose UNSWEETENED 100G" (set 399 B-11). */
const GOING_VERBS = new Set(['go', 'goes', 'going', 'head', 'navigate']);
/**
 * Words before what is written on a thing or a screen: "boxes marked THIS WAY UP", "a tin labelled
 * SESAME FREE", "the status says ACCESS PENDING", "it shows EXPIRED", "they should all show COMPLETE by 9am" (set 413 B-14,
 * read as it came). Loose too: "the display shows OSC" is a code the customer may need explained (jargon's question,
 * not shouting's).
 */
const WRITTEN_CUES = new Set(['marked', 'labelled', 'labeled', 'stamped', 'printed', 'says', 'saying', 'reads', 'shows', 'showing', 'show', 'displays', 'display']);
/** A setting switched by name: "switch on STAY SIGNED IN", "turn off AUTO RENEW". */
const SWITCH_VERBS = new Set(['switch', 'switching', 'turn', 'turning', 'toggle']);
const SWITCH_STATES = new Set(['on', 'off']);
/** A setting given a value by name: "set it to OFF FOR TRUSTED NETWORKS", "switch the fan to AUTO" (not "change": "this change applies to ALL couples" shouts). */
const SETTING_VERBS = new Set(['set', 'setting', 'switch', 'switching']);
/** A status a thing changes to, the verb right before "to": "the module will change to COMPLETE" (set 85 A-19). */
const STATUS_CHANGES = new Set(['change', 'changes', 'changed', 'changing']);
/** How far before "to" the verb may stand: "set [the fan speed] to AUTO". */
const SETTING_OBJECT_WORDS = 3;
/**
 * What a label in capitals names: "the CONTINUE TO PAY button", "the DRY setting", "the GAIN knob" (set 351 A-07).
 * Not a noun that is also a verb after a raised word: "Do NOT switch it off", "do NOT dial".
 */
const LABEL_NOUNS = new Set(['button', 'buttons', 'tab', 'menu', 'page', 'option', 'link', 'section', 'screen', 'field', 'box', 'banner', 'setting', 'knob', 'slider']);
/**
 * A form, named by its title in capitals: "your NOTICE OF REDEMPTION form" (set 341 A-04). Only a
 * title of two words or more: one word before "form" is emphasis as often as not ("in ORIGINAL
 * form", "does NOT form part of", both labelled shouting), or an acronym ("the POA form").
 */
const FORM_NOUNS = new Set(['form', 'forms']);

/**
 * Capitals (tokens i to j-1) right after a word that acts on the screen or a switch ("switch on"),
 * or right before the thing they label: a label on their screen, never an acronym. With `loose`,
 * also after a word that may point at one ("under") or as the value a setting is set to ("set it
 * to OFF"): enough to call capitals a label rather than shouting.
 */
export function isNamedLabel(tokens: readonly Token[], i: number, j: number, loose = true): boolean {
  const before = tokens[i - 1];
  const after = tokens[j];
  if (before !== undefined && !tokens[i]?.breakBefore) {
    if (LABEL_ACTIONS.has(before.norm) || (loose && (LOOSE_LABEL_CUES.has(before.norm) || WRITTEN_CUES.has(before.norm)))) return true;
    const verb = tokens[i - 2];
    if (verb !== undefined && !before.breakBefore && SWITCH_STATES.has(before.norm) && SWITCH_VERBS.has(verb.norm)) return true;
    if (loose && before.norm === 'to' && (setsAValue(tokens, i - 1) || (!before.breakBefore && STATUS_CHANGES.has(tokens[i - 2]?.norm ?? '')))) return true;
    if (before.norm === 'to' && !before.breakBefore && GOING_VERBS.has(tokens[i - 2]?.norm ?? '')) return true;
  }
  if (after === undefined || after.breakBefore) return false;
  return LABEL_NOUNS.has(after.norm) || (j - i >= 2 && FORM_NOUNS.has(after.norm));
}

/** Words on the line before a colon that say what follows is wording to copy or a sign to read: "this statement exactly as written:". */
const WORDING_CUES = new Set(['written', 'wording', 'statement', 'reads', 'says', 'text', 'notice', 'sign', 'label', 'printed', 'marked', 'words', 'exactly']);
/** Capitals or spaces, perhaps in quotes, with the punctuation a copied line keeps. */
const DISPLAYED_LINE = /^["“'‘]?[A-Z0-9 ,.;:!?'’()&/-]*["”'’]?$/;

/**
 * Capitals that fill a line of their own after a line ending in a colon that names wording to copy or a sign to read:
 * "…and this statement exactly as written:\nMADE IN A HOME KITCHEN THAT IS NOT SUBJECT TO …" (set 409 B-04, read as it
 * came: the statutory label text, labelled shouting by neither). Not a plea after "Please note:".
 */
function isDisplayedWording(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  if (lineStart === 0 || !DISPLAYED_LINE.test(line)) return false;
  const before = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
  if (!before.endsWith(':')) return false;
  return before.toLowerCase().split(/[^a-z]+/).some((word) => WORDING_CUES.has(word));
}

/** Words that lead from one label to the next in a path: "choose SETTINGS, then ABOUT THIS FRAME". */
const PATH_LINKS = new Set(['then', 'and', 'or']);

/**
 * Capitals (tokens i to j-1) one or two linking words after the label that ended at `labelEnd`, in the
 * same sentence, with no emphatic word among them ("Press MODE and PLEASE DO NOT UNPLUG IT" shouts).
 */
function continuesLabels(text: string, tokens: readonly Token[], labelEnd: number, i: number, j: number): boolean {
  // One or two linking words ("…, then ABOUT THIS FRAME", "… and then EXCHANGE ALREADY SENT"), or the
  // capital letter of the label itself ("START A RETURN": a word of one letter is never read as shouting).
  if (labelEnd < 0 || i <= labelEnd || i > labelEnd + 2) return false;
  for (let k = labelEnd; k <= i; k++) {
    const token = tokens[k];
    if (token === undefined || token.breakBefore) return false;
    if (k < i && !PATH_LINKS.has(token.norm) && !isCapitalLetter(text, token)) return false;
  }
  return tokens.slice(i, j).every((token) => !EMPHATIC.has(token.norm));
}

/**
 * Capitals in brackets right after a label in capitals are part of its name: "choose REISSUE (KEEP ORIGINAL DATE)" (set
 * 363 A-01, read as it came), unless they plead or forbid: "press MODE (DO NOT UNPLUG IT)" raises the voice.
 */
function qualifiesLabel(text: string, tokens: readonly Token[], labelEnd: number, i: number, j: number): boolean {
  const previous = tokens[i - 1];
  const first = tokens[i];
  const last = tokens[j - 1];
  if (labelEnd !== i || !previous || !first || !last) return false;
  if (tokens.slice(i, j).some((token) => PLEAS.has(token.norm))) return false;
  return text.slice(previous.end, first.start).trim() === '(' && text[last.end] === ')';
}

/** A one-letter word in capitals other than "I" (which says who, and links no label): the "A" of "START A RETURN". */
function isCapitalLetter(text: string, token: Token): boolean {
  return token.end - token.start === 1 && /[A-HJ-Z]/.test(text[token.start] ?? '');
}

/** A setting verb up to SETTING_OBJECT_WORDS words before the "to" at `to`, in the same clause. */
function setsAValue(tokens: readonly Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 1 - SETTING_OBJECT_WORDS); k--) {
    if (tokens[k + 1]?.breakBefore) return false;
    if (SETTING_VERBS.has(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/** Capitals next to or around a menu separator: "Go to SETTINGS > BILLING > MANAGE". */
export function isMenuLabel(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  for (let i = Math.max(0, before); i <= after && i < text.length; i++) {
    if (MENU_SEPARATORS.includes(text[i] ?? '')) return true;
  }
  return false;
}

function isShoutedWord(text: string, token: Token | undefined, customerWords: ReadonlySet<string>): boolean {
  if (!token || token.end - token.start < 2) return false;
  // Most words start with a small letter: not in capitals, so not worth copying out to compare.
  const initial = text.charCodeAt(token.start);
  if (initial >= 0x61 && initial <= 0x7a) return false;
  // …and a capital followed by a small letter ("The", "Anna") is not in capitals either.
  const second = text.charCodeAt(token.start + 1);
  if (second >= 0x61 && second <= 0x7a) return false;
  // Joined to the next word by an underscore, it is part of a name a machine reads: a file's
  // ("Eng7_back_FINAL.pdf", set 343 A-16) or an error's ("DOC_UNREADABLE").
  if (text[token.start - 1] === '_' || text[token.end] === '_') return false;
  const surface = text.slice(token.start, token.end);
  return surface !== token.norm && surface === surface.toUpperCase() && !customerWords.has(surface);
}

function capsHint(text: string, start: number, end: number, rule: string): Hint {
  const words = text.slice(start, end);
  return { category: 'shouting', rule, start, end, text: words, message: MESSAGE_CAPS, suggestion: words.toLowerCase() };
}

/** Runs of two or more "!" (with any "?" among them) in the agent's own text. */
export function exclamationHints(text: string, hidden: readonly number[]): Hint[] {
  const hints: Hint[] = [];
  let span = 0;
  let i = text.indexOf('!');
  while (i >= 0) {
    let start = i;
    while (start > 0 && text[start - 1] === '?') start--;
    let end = i;
    let bangs = 0;
    while (end < text.length && (text[end] === '!' || text[end] === '?')) {
      if (text[end] === '!') bangs++;
      end++;
    }
    while (span < hidden.length && (hidden[span + 1] ?? 0) <= start) span += 2;
    const isHidden = span < hidden.length && (hidden[span] ?? 0) < end;
    if (bangs >= 2 && !isHidden) {
      hints.push({ category: 'shouting', rule: 'exclamation-run', start, end, text: text.slice(start, end), message: MESSAGE_BANG, suggestion: '.' });
    }
    i = text.indexOf('!', end);
  }
  return hints;
}
