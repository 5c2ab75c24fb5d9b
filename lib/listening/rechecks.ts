/**
 * Doubting by asking again: the reply asks the customer to do what they wrote they already did
 * ("I've restarted the router twice" → "Please restart your router"). Read with their message:
 * the same words asked of a customer who said nothing of the kind are an ordinary next step.
 */
import { isCommonWord } from './common-words';
import { stem } from './stem';
import type { PreparedText } from './prepared-text';
import type { Hint } from './types';
import { commaBefore, type Token } from './tokens';

/**
 * What opens a request to do something: "please …", "could you try …", "make sure you …". Not a
 * question about the past ("have you already tried …?", "did you try …?", see asksWhetherDone):
 * it asks whether they did it, which is not reading their message rather than doubting it (on
 * the tuned part such a question was the rule's only hint, and both labellers called it
 * unacknowledging, not doubting).
 */
export const ASK_LEADS: readonly (readonly string[])[] = [
  // Not "make sure": it asks for a state, not a step ("make sure the contacts are clean", "make sure the
  // reset procedure is only tried once in future"; its 2 tuned hints, neither labelled doubting).
  ['please'], ['try'], ['could', 'you'], ['can', 'you'],
  ['you', 'may', 'want', 'to'], ['you', 'might', 'want', 'to'], ['i', 'suggest'], ['we', 'suggest'], ['i', 'recommend'],
  ['we', 'recommend'], ['first'], ['also'],
];
/** Actions a customer reports having done before writing in, compared by stem ("restarted" → restart). */
const ACTIONS: ReadonlySet<string> = new Set(
  [
    'restart', 'reboot', 'reinstall', 'uninstall', 'install', 'clear', 'log', 'sign', 'update', 'upgrade', 'reset', 'turn', 'switch', 'unplug',
    'plug', 'recover', 'delete', 'remove', 'refresh', 'disable', 'enable', 'download', 'reconnect', 'disconnect', 'check', 'resend', 'reenter',
    're-enter', 'repair', 'rebuild', 'resync', 'sync', 'power', 'relaunch', 'close', 'reopen', 'retry', 'verify', 'confirm', 'contact', 'call',
  ].map(stem),
);
const SKIP = new Set(['please', 'kindly', 'just', 'also', 'first', 'again', 'to', 'already', 'try', 'trying', 'that', 'you', 'your', 'the', 'a', 'an', 'sure']);
/** Words in a customer's sentence that say it is about what they already did. */
const DONE = new Set(['tried', 'already', 'did', "i've", 'done', 'have', 'been', 'twice', 'times', 'again', 'even', 'multiple', 'several']);
const GENERIC_OBJECTS = new Set(['it', 'them', 'this', 'that', 'account', 'app', 'application', 'device', 'steps', 'step', 'again', 'page']);
const MAX_OBJECT_WORDS = 3;
/**
 * Actions that say nothing until their object does: "please check it" after a fix, "please check
 * them before you turn the repricer back on" is a new step, whatever they checked before (sets 197
 * A-18, 189 A-04: neither labelled doubting). Asked with no object of theirs, these are not read.
 */
const NEEDS_OBJECT: ReadonlySet<string> = new Set(['check', 'verify', 'confirm'].map(stem));
/** Who the reply is written by: a request to call or contact them is an offer of a way to reach them. */
const WRITER = new Set(['me', 'us']);
/**
 * Who does it when one of these comes right before the lead: "I'll *also* update you", "we'll
 * *first* check". Or a word that makes the lead describe a thing, not ask for anything: "her
 * *first* call would be next Thursday", "the first check", "the retained sample is *also* clear"
 * (set 271 B-20).
 */
const OWN_ACTION_BEFORE = new Set([
  'i', 'we', "i'll", "we'll", 'will', 'shall', "i'd", "we'd", "i'm", "we're", 'they', "they'll", 'he', 'she', "he'll", "she'll", "i've", "we've", "they've", 'have', 'has', 'had',
  'her', 'his', 'their', 'our', 'my', 'your', 'its', 'the', 'a', 'an', 'this', 'that', 'is', 'are', 'was', 'were', 'be', 'been',
]);
const OBJECT_ENDS = new Set(['and', 'or', 'then', 'so', 'if', 'to', 'before', 'after', 'when', 'until', 'but', 'using', 'by', 'with', 'for']);

const MESSAGE = 'They wrote that they already did this; asking again tells them you did not read it (Hear the whole message).';
const SUGGESTION = 'You mentioned you already …; since that did not help, the next thing to check is …';

/**
 * Doubting hints where the reply asks for a step the customer says they took. `leads` are where
 * ASK_LEADS open in the reply, as the lexicon found them (in order of first, then last token);
 * `reportsFix`, whether the lexicon found the reply reporting a fix of ours (fixReported).
 */
export function recheckHints(
  reply: PreparedText,
  done: readonly ReadonlySet<string>[],
  leads: readonly { first: number; last: number }[],
  reportsFix = false,
): Hint[] {
  // After a fix on our side is reported, the step asked picks it up (the fixReported signal, signal-phrases.ts).
  if (done.length === 0 || reportsFix) return [];
  const hints: Hint[] = [];
  const asked = new Set<string>();
  const { tokens, text } = reply;
  let hinted = -1; // the last token of the latest hint: a request inside it is not read again
  for (let n = 0; n < leads.length; n++) {
    const lead = leads[n];
    // Of the leads that open at a word, only the longest, the last of them, is read.
    if (!lead || leads[n + 1]?.first === lead.first || lead.first <= hinted || asksWhetherDone(tokens, lead.first) || isOwnAction(tokens, lead.first)) continue;
    const i = lead.first;
    let v = lead.last + 1;
    while (SKIP.has(tokens[v]?.norm ?? '') && !tokens[v]?.breakBefore) v++;
    const verb = tokens[v];
    if (!verb || verb.breakBefore) continue;
    const verbStem = stem(verb.norm);
    // A past form tells what was done, it asks nothing: "two prints left, *also signed* by Aoife" (set 297 A-11).
    if (!ACTIONS.has(verbStem) || (verb.norm.endsWith('ed') && verbStem !== verb.norm)) continue;
    // "Please call me at …", "contact us on …": a way to reach the writer, offered, not their own step asked again
    // (set 202 B-14, to a customer who had rung twice).
    if (WRITER.has(tokens[v + 1]?.norm ?? '') && !tokens[v + 1]?.breakBefore) continue;
    const objects: string[] = [];
    let last = v;
    for (let k = v + 1; k < tokens.length && k <= v + MAX_OBJECT_WORDS + 1; k++) {
      const token = tokens[k];
      if (!token || token.breakBefore || OBJECT_ENDS.has(token.norm) || commaBefore(text, tokens, k)) break;
      last = k;
      if (!isCommonWord(token.norm) && !GENERIC_OBJECTS.has(token.norm) && token.norm.length >= 3) objects.push(token.norm);
      if (objects.length >= 2) break;
    }
    const verbKey = prefix(verbStem);
    // One hint per thing asked again: the same request repeated is the same hint.
    const action = [verbKey, ...objects.map(prefix)].join(' ');
    if (asked.has(action)) continue;
    asked.add(action);
    if (objects.length === 0 && NEEDS_OBJECT.has(verbStem)) continue;
    if (!saysDone(done, verbKey, objects)) continue;
    const start = tokens[i]?.start ?? verb.start;
    const end = tokens[last]?.end ?? verb.end;
    hints.push({ category: 'doubting', rule: 'asks-again', start, end, text: text.slice(start, end), message: MESSAGE, suggestion: SUGGESTION });
    hinted = last;
  }
  return hints;
}

/**
 * Whether one of the customer's sentences says they did it: the verb, and one of its objects when
 * it names any. Apart from recheckHints' loop, whose every word would otherwise make a scope for
 * these closures to hold.
 */
function saysDone(done: readonly ReadonlySet<string>[], verbKey: string, objects: readonly string[]): boolean {
  return done.some((heads) => heads.has(verbKey) && (objects.length === 0 || objects.some((o) => heads.has(prefix(o)))));
}

/** The agent's (or someone else's) own action, not a request: "I'll also update you every Friday"; or no request at all ("her first call"). */
function isOwnAction(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && !tokens[i]?.breakBefore && OWN_ACTION_BEFORE.has(before.norm);
}

/** "Did you try …", "have you already tried …": a question whether they did it, not a request to do it again. */
function asksWhetherDone(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.norm === 'already' && !tokens[k + 1]?.breakBefore) k--;
  const you = tokens[k];
  const aux = tokens[k - 1];
  return you?.norm === 'you' && !tokens[k + 1]?.breakBefore && !you.breakBefore && aux !== undefined && PAST_QUESTION.has(aux.norm);
}
const PAST_QUESTION = new Set(['did', 'have', 'had']);

/**
 * Each sentence where the customer reports something they did, as the set of its words' first one
 * to five letters ("restarted" → r, re, res, rest, resta), so a request is checked in one look-up.
 */
export function doneSentences(doc: PreparedText): ReadonlySet<string>[] {
  const sentences: Set<string>[] = [];
  let current: Token[] = [];
  // A word joined to the next by a hyphen names a thing, not a step they took: "the safety sign-off", "a check-up"
  // (set 359 A-03, read as it came: "please sign and return the quote" asked nothing again).
  const isCompoundPart = (t: Token): boolean => doc.text[t.end] === '-' && /\p{L}/u.test(doc.text[t.end + 1] ?? '');
  const flush = (): void => {
    if (current.some((t) => DONE.has(t.norm)) && current.some((t) => ACTIONS.has(stem(t.norm)) && !isCompoundPart(t))) {
      const heads = new Set<string>();
      for (const t of current) {
        if (isCompoundPart(t)) continue;
        for (let n = 1; n <= Math.min(PREFIX, t.norm.length); n++) heads.add(t.norm.slice(0, n));
      }
      sentences.push(heads);
    }
    current = [];
  };
  for (const token of doc.tokens) {
    if (token.breakBefore && /[.!?\n]/.test(doc.text.slice(Math.max(0, token.start - 2), token.start))) flush();
    current.push(token);
  }
  flush();
  return sentences;
}

const PREFIX = 5;

function prefix(word: string): string {
  return word.slice(0, Math.min(word.length, PREFIX));
}
