/**
 * The symptom in the customer's own words, as key terms: what fails, said their way ("locked
 * out", "won't let me log in", "still broken", "not renewed", "stopped popping up", "did not
 * receive the car", "name is wrong"). A restatement that keeps these has heard the problem.
 * Found by walking tokens from a literal list of leads; no pattern is built from data.
 */
import type { Span } from './amounts-and-times';
import { isCommonWord } from './common-words';
import { SWEARING } from './signal-phrases';
import { commaBefore, type Token } from './tokens';

const SWORN: ReadonlySet<string> = new Set(SWEARING);

/** Words that open a symptom: a negation, or a verb of something going wrong over time. */
const LEADS = new Set([
  'not', 'never', 'cannot', "can't", 'cant', "won't", 'wont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "aren't",
  'arent', "wasn't", 'wasnt', "weren't", "hasn't", 'hasnt', "haven't", 'havent', "don't", 'dont', "couldn't", 'couldnt',
  "wouldn't", 'wouldnt', 'unable', 'stopped', 'keeps', 'kept', 'nobody', 'nothing', 'barely', 'no longer', 'still', 'no one',
]);
/** Symptoms said in one word, with what may follow them ("locked out", "charged twice"). */
const SYMPTOM_WORDS = new Set([
  'locked', 'hacked', 'suspended', 'banned', 'removed', 'deleted', 'disappeared', 'vanished', 'missing', 'stuck', 'frozen', 'froze',
  'freezes', 'freezing', 'crashes', 'crashed', 'crashing', 'failed', 'fails', 'failing', 'declined', 'refused', 'rejected', 'expired',
  'overcharged', 'double-charged', 'stolen', 'damaged', 'chipped', 'cracked', 'corrupted', 'blank', 'empty', 'wrong', 'broken', 'delayed',
  'redeemed', 'blocked', 'lagging', 'laggy', 'charged', 'overcharged', 'billed', 'double-billed', 'terminated', 'deactivated',
  'stranded', 'shadowbanned',
  // What a device does wrong, in the customer's verb.
  'beeps', 'beeping', 'flickers', 'flickering', 'flashes', 'flashing', 'overheats', 'overheating', 'leaks', 'leaking', 'buzzes',
  'buzzing', 'disconnects', 'disconnecting', 'reboots', 'rebooting', 'restarts', 'stutters', 'stuttering', 'drains', 'draining',
]);
/** Symptoms that take where they are stuck with them: "stuck at sitting height", "frozen on the logo". */
const STUCK_WORDS = new Set(['stuck', 'frozen', 'froze', 'freezes', 'hangs']);
const STUCK_PLACES = new Set(['at', 'on', 'in']);
/** States that are the symptom only after "is", "went", "looks": "pressure is very low", "site is much slower". */
const STATE_WORDS = new Set([
  'slow', 'slower', 'low', 'wrong', 'blank', 'empty', 'black', 'grey', 'gray', 'unresponsive', 'offline', 'down', 'dead', 'late',
  'incorrect', 'inaccurate', 'garbled', 'blurry', 'distorted', 'silent', 'muted', 'greyed', 'disabled', 'invalid', 'pending', 'unavailable',
  'lost',
]);
const DEGREE = new Set(['very', 'really', 'extremely', 'so', 'completely', 'totally', 'much', 'still', 'way', 'far', 'a', 'lot', 'bit', 'too', 'now', 'always']);
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'in', 'back', 'twice', 'again', 'through', 'on', 'over']);
/** Verbs that take a particle as part of the verb: "log in", "show up", "locked out". */
const PHRASAL = new Set([
  'log', 'logging', 'logged', 'sign', 'signing', 'signed', 'show', 'showing', 'shows', 'pop', 'popping', 'pops', 'turn', 'turning',
  'turns', 'boot', 'booting', 'load', 'loading', 'lock', 'locked', 'come', 'coming', 'came', 'go', 'going', 'went', 'charged', 'back',
  'start', 'starting', 'started', 'open', 'opening', 'shut', 'shutting', 'switch', 'switching', 'let', 'get', 'getting', 'got',
  'work', 'working', 'hang', 'hanging', 'freeze', 'freezing', 'crashes', 'crashed', 'crash', 'kicked', 'kick', 'logs', 'signs',
]);
const AUXILIARIES = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'could', 'would', 'will', 'can', 'am']);
/** Where a symptom phrase ends: an article, a possessive, a conjunction, a pronoun subject. */
const STOPS = new Set([
  'the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'so',
  'because', 'when', 'if', 'since', 'even', 'though', 'although', 'for', 'from', 'at', 'with', 'of', 'as', 'than', 'any', 'anything',
  'anymore', 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'which', 'who', 'after', 'before', 'until', 'while', 'just', 'also',
  'really', 'even', 'yet', 'then', 'now', 'all', 'every', 'on', 'in', 'whenever', 'wherever', 'each', "it's", "that's", "there's",
  "i'm", "i've", "we're", 'please', 'thanks', 'thank', 'cheers', 'regards', 'so', "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "i'll", "we'll",
  "you're", "they're", "you've", "they've",
]);
/** Every way of saying "not": a restatement that says "can't" covers a customer who wrote "won't". */
const NEGATIONS = new Set([
  'not', 'never', 'no', 'cannot', "can't", 'cant', "won't", 'wont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "aren't",
  'arent', "wasn't", 'wasnt', "weren't", "hasn't", 'hasnt', "haven't", 'havent', "don't", 'dont', "couldn't", 'couldnt', "wouldn't",
  'wouldnt', 'unable', 'nobody', 'nothing', 'longer', 'stopped', 'none', 'neither', 'nor', 'without', 'missing', 'failed', 'fails',
]);

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word);
}

/** Words of a symptom a restatement has to carry: the negation as "not", without the glue words. */
export function symptomWords(words: readonly string[]): string[] {
  return words.filter((w) => !STOPS.has(w) && !AUXILIARIES.has(w) && !COPULAS.has(w) && w !== 'me' && w !== 'to').map((w) => (NEGATIONS.has(w) ? 'not' : w));
}
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", 'been', 'went', 'goes', 'got', 'gets', 'gotten', 'getting', 'looks', 'shows', 'says', 'became', 'become', 'becomes', 'keeps', 'seems', 'feels']);
const MAX_WORDS_AFTER_LEAD = 3;
/** Negated, these say what the customer thinks or did not do, not what fails: "don't think", "haven't changed". */
const NOT_SYMPTOMS = new Set([
  'think', 'know', 'want', 'wish', 'mind', 'care', 'understand', 'mean', 'remember', 'expect', 'believe', 'sure', 'trying', 'try',
  'afraid', 'matter', 'worry', 'bother', 'like', 'need', 'have', 'has', 'had', 'do', 'does', 'did', 'happen', 'happened', 'change',
  'changed', 'been', 'be', 'being', 'get', 'got', 'agree', 'recall', 'seem', 'see', 'plan', 'intend', 'hesitate', 'usually', 'normally',
  // How they judge it or feel, not what is wrong: "not happy", "not very good", "not urgent", "is not perfect".
  'happy', 'pleased', 'satisfied', 'impressed', 'good', 'great', 'perfect', 'ideal', 'fair', 'urgent', 'acceptable', 'ok', 'okay', 'nice',
  // Whether a claim holds, or is enough, is their argument, not the fault: "is not true", "not
  // realistic", "was not easy", "is not enough"; nor "nothing else", "nobody else".
  'true', 'realistic', 'easy', 'enough', 'else',
  // How much or how often, said to soften or stress: "Not loads, but enough", "Not once", "not severely".
  'loads', 'once', 'severely', 'much', 'many',
]);
/** Degree words read through before NOT_SYMPTOMS: "not very good", "not so happy". */
const SOFTENERS = new Set(['very', 'really', 'so', 'too', 'that', 'quite', 'particularly', 'entirely', 'overly']);
/**
 * After "I" or "we", these say what the customer did not do ("I haven't updated"). "I can't …" is a
 * symptom when it is what fails as they use a thing (USE_VERBS: "I can't log in"), not what they cannot
 * do in their life ("I can't afford it"): see isOwnAction.
 */
const OWN_ACTION_LEADS = new Set([
  "didn't", 'didnt', "haven't", 'havent', "hasn't", "don't", 'dont', 'never', "wasn't", "weren't", 'not', "won't", 'wont', 'kept',
]);
const CANNOT = new Set(["can't", 'cant', 'cannot', "couldn't", 'couldnt', "can’t"]);
/** What someone does with a product, a site or a document: "I can't log in", "can't open it". */
const USE_VERBS = new Set([
  'find', 'open', 'log', 'login', 'sign', 'access', 'load', 'download', 'upload', 'install', 'connect', 'print', 'see', 'hear', 'play',
  'send', 'book', 'pay', 'turn', 'switch', 'close', 'move', 'scan', 'save', 'submit', 'verify', 'reset', 'view', 'watch', 'stream',
  'charge', 'start', 'unlock', 'get', 'remove', 'wipe', 'cancel', 'change', 'update', 'select', 'click', 'enter', 'add', 'edit', 'use',
  'roll', 'run', 'eat', 'walk', 'go', 'sync', 'pair', 'export', 'import', 'share', 'join', 'register', 'renew', 'redeem', 'activate', 'claim',
  'transfer', 'withdraw', 'order', 'complete', 'finish', 'recover', 'restore', 'reach', 'contact', 'call', 'stop', 'delete', 'undo', 'apply',
  'receive', 'track', 'upgrade', 'reinstall', 'uninstall',
]);
const STATE_AFTER_NOT = new Set(['able', 'getting', 'receiving', 'seeing', 'allowed', 'hearing']);
/** Verbs whose subject is the one things should reach: negated after "I", a symptom. */
const RECEIVED = new Set(['receive', 'received', 'recieve', 'recieved']);
const SUBJECTS = new Set(['i', 'we', "i've", "we've", "i'm", "we're", 'i’ve']);

/** Verbs of a screen or a message saying something: the symptom is what it says. */
const SAYING = new Set(['says', 'said', 'say', 'tells', 'told', 'shows', 'showed', 'reads', 'displays', 'states']);
/** After "no", these name no fault: "no idea", "no problem", "no worries". */
const NO_NON_FAULTS = new Set([
  'idea', 'problem', 'problems', 'worries', 'worry', 'way', 'one', 'matter', 'longer', 'more', 'reason', 'clue', 'luck', 'big', 'rush',
  'offence', 'offense', 'pressure', 'need', 'doubt', 'choice', 'option', 'other', 'changes', 'change', 'difference', 'thanks', 'trouble',
  // Praise on the way to the problem: "Your engineer was great, no complaints there."
  'complaints', 'complaint', 'fuss', 'fault',
]);

/** "no confirmation", "no space", "still no sofa": a thing missing; not "no idea", "no problem". */
function isNoThing(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.norm !== 'no' || !next || next.breakBefore) return false;
  return NO_ANSWER.has(next.norm) || (/^\p{L}{3,}$/u.test(next.norm) && !NO_NON_FAULTS.has(next.norm) && !STOPS.has(next.norm) && !isCommonWord(next.norm));
}
/** Everyday words that are the fault after "no": "no reply", "no answer at all", "no sound". */
const NO_ANSWER = new Set(['reply', 'replies', 'answer', 'response', 'update', 'updates', 'word', 'contact', 'sound', 'signal', 'power', 'news', 'callback', 'record', 'sign']);
/** Leads that take an auxiliary before the verb that is the fault: "nobody has contacted me", "nothing has arrived". */
const NOBODY = new Set(['nobody', 'nothing', 'no one']);
const NOBODY_AUXILIARIES = new Set(['has', 'had', 'have', 'was', 'is', 'ever', 'yet', 'been', 'actually']);
/**
 * What was never got, or has not been done, is the fault, though "got" and "been" alone are not:
 * "never got a permit", "never had a reply", "has not been emptied", "haven't been collected".
 */
function notDone(tokens: readonly Token[], lead: string, verbAt: number): boolean {
  const verb = tokens[verbAt]?.norm ?? '';
  const next = tokens[verbAt + 1];
  if (!next || next.breakBefore) return false;
  if (lead === 'never' && (verb === 'got' || verb === 'had')) return ['a', 'an', 'any', 'the', 'my', 'our'].includes(next.norm);
  return verb === 'been' && /^\p{L}{3,}ed$/u.test(next.norm);
}
/** What has not happened is the fault after "nothing": "nothing has happened", "nothing has changed". */
const NOTHING_FAULTS = new Set(['happened', 'changed', 'happens', 'changes']);

export function symptomPhrases(tokens: readonly Token[], text: string): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const twoWords = `${token.norm} ${tokens[i + 1]?.norm ?? ''}`;
    const lead = (LEADS.has(token.norm) && (token.norm !== 'still' || stillLeadsSymptom(tokens[i + 1]))) || (LEADS.has(twoWords) && !tokens[i + 1]?.breakBefore) || isNoThing(tokens, i);
    // The lead's last word: "no longer" and "no one" are two.
    const leadLast = LEADS.has(twoWords) ? i + 1 : i;
    // "still haven't got": after "still", the negation's verb decides.
    let verbAt = leadLast + 1;
    if (token.norm === 'still' && NEGATIONS.has(tokens[verbAt]?.norm ?? '')) verbAt++;
    const nobody = NOBODY.has(leadLast > i ? twoWords : token.norm);
    if (nobody) while (NOBODY_AUXILIARIES.has(tokens[verbAt]?.norm ?? '') && !tokens[verbAt]?.breakBefore) verbAt++;
    const fault = (nobody && NOTHING_FAULTS.has(tokens[verbAt]?.norm ?? '')) || notDone(tokens, token.norm, verbAt);
    if (lead && !isOwnAction(tokens, i) && (fault || !isNotASymptom(tokens, verbAt))) {
      let last = leadLast;
      let words = 0;
      while (words < MAX_WORDS_AFTER_LEAD) {
        const next = tokens[last + 1];
        if (!next || next.breakBefore || /^\d/.test(next.norm) || commaBefore(text, tokens, last + 1)) break;
        // "won't let me log in", "not able to pay": a pronoun object and "to" keep the phrase going.
        const particle = isParticleOf(tokens[last]?.norm ?? '', next.norm);
        if (particle) {
          last++;
          break;
        }
        if (STOPS.has(next.norm)) break;
        last++;
        if (next.norm !== 'me' && next.norm !== 'to') words++;
      }
      // "page still says", "it still tells me": what it says is the term (usually quoted), not the saying.
      if (words > 0 && tokens.slice(i + 1, last + 1).every((t) => SAYING.has(t.norm) || t.norm === 'me' || NEGATIONS.has(t.norm))) words = 0;
      // "not us", "isn't ours", "can't tell me what", "cannot come to": whom, or a light verb, names no fault.
      while (last > i && TRAILING.has(tokens[last]?.norm ?? '')) last--;
      // …but a thing that did not come is the fault: "the bus did not come", "the engineer never came".
      if (tokens.slice(i + 1, last + 1).every((t) => LIGHT.has(t.norm) || NEGATIONS.has(t.norm)) && !thingDidNotCome(tokens, text, i, last)) words = 0;
      if (words > 0) {
        // "did not receive": the auxiliary before a bare negation belongs to it.
        let first = i;
        if ((token.norm === 'not' || token.norm === 'never') && !token.breakBefore && AUXILIARIES.has(tokens[i - 1]?.norm ?? '')) first--;
        // "suitcase didn't arrive", "orders don't show": the thing that fails comes with it (a
        // capitalised name stays a term of its own: "iPhone", "Outlook").
        const subject = tokens[first - 1];
        const beforeSubject = tokens[first - 2];
        // …unless it ends a name: "PDF export keeps crashing" keeps "PDF export" whole.
        const inName = beforeSubject !== undefined && !subject?.breakBefore && !isLowerCase(text.slice(beforeSubject.start, beforeSubject.end)) && !isCommonWord(beforeSubject.norm, false);
        if (subject && !inName && !tokens[first]?.breakBefore && isSubjectNoun(subject.norm) && isLowerCase(text.slice(subject.start, subject.end)) && !commaBefore(text, tokens, first)) first--;
        found.push([tokens[first]?.start ?? token.start, tokens[last]?.end ?? token.end]);
        i = last;
      }
      continue;
    }
    if (lead) continue;
    const state = stateAt(tokens, i, text);
    if (state) {
      found.push(state.span);
      i = state.last;
      continue;
    }
    if (!SYMPTOM_WORDS.has(token.norm)) continue;
    if (token.norm === 'wrong') {
      // "done something wrong", "doing it wrong": their worry about themselves, not the fault.
      if (SELF_DOUBT.has(tokens[i - 1]?.norm ?? '') && !token.breakBefore) continue;
      // "the wrong size", "wrong calibration marking": what is wrong is the term.
      let end = i;
      while (end < i + 2 && isWrongThing(tokens[end + 1], text, tokens, end + 1)) end++;
      if (end > i) {
        found.push([token.start, tokens[end]?.end ?? token.end]);
        i = end;
        continue;
      }
    }
    // "name is wrong", "screen went black": the thing that is wrong comes with it.
    let first = i;
    const copula = tokens[i - 1];
    const subject = tokens[i - 2];
    if (copula && subject && !token.breakBefore && !copula.breakBefore && COPULAS.has(copula.norm) && !STOPS.has(subject.norm) && !SWORN.has(subject.norm)) first = i - 2;
    let last = i;
    const next = tokens[i + 1];
    if (next && !next.breakBefore && (isParticleOf(token.norm, next.norm) || next.norm === 'twice' || next.norm === 'again')) last++;
    else if (next && !next.breakBefore && STUCK_WORDS.has(token.norm) && STUCK_PLACES.has(next.norm) && !commaBefore(text, tokens, i + 1)) {
      // "stuck at sitting height": up to three words of where, without "the".
      let k = i + 2;
      while (k <= i + 4 && tokens[k] && !tokens[k]?.breakBefore && !commaBefore(text, tokens, k) && (!STOPS.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'the')) k++;
      if (k - 1 > i + 1 && tokens[k - 1]?.norm !== 'the') last = k - 1;
    }
    // "crashes every single time": how often is part of the symptom.
    for (const words of [['every', 'time'], ['every', 'single', 'time'], ['each', 'time']]) {
      if (words.every((w, k) => tokens[last + 1 + k]?.norm === w && !tokens[last + 1 + k]?.breakBefore)) last += words.length;
    }
    found.push([tokens[first]?.start ?? token.start, tokens[last]?.end ?? token.end]);
    i = last;
  }
  return found;
}

/** Before "wrong", the customer doubting themselves: "I did something wrong", "am I doing it wrong?". */
const SELF_DOUBT = new Set(['something', 'anything', 'nothing', 'it', 'thing', 'things']);

/** A word naming the thing that is wrong: "the wrong size", not "wrong and", "wrong, so". */
function isWrongThing(next: Token | undefined, text: string, tokens: readonly Token[], at: number): next is Token {
  return next !== undefined && !next.breakBefore && !commaBefore(text, tokens, at) && /^\p{Ll}{3,}$/u.test(text.slice(next.start, next.end)) && !STOPS.has(next.norm) && !isCommonWord(next.norm);
}

/** The word after a lead, read through SOFTENERS ("not very good"), is in NOT_SYMPTOMS. */
function isNotASymptom(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (SOFTENERS.has(tokens[k]?.norm ?? '') && !tokens[k]?.breakBefore) k++;
  return NOT_SYMPTOMS.has(tokens[k]?.norm ?? '');
}

/** After "still", only a fault goes on: "still broken", "still pausing", "still no refund"; not "still under warranty". */
function stillLeadsSymptom(next: Token | undefined): boolean {
  if (!next || next.breakBefore) return false;
  const word = next.norm;
  return NEGATIONS.has(word) || SYMPTOM_WORDS.has(word) || STATE_WORDS.has(word) || word === 'no' || /^\p{L}{3,}ing$/u.test(word);
}
/** Words a symptom does not end on: "can't tell me what", "cannot come to", a question word or an auxiliary ("nothing seems to have been"). */
const TRAILING = new Set(['to', 'what', 'about', 'for', 'with', 'by', 'of', 'like', 'whether', 'how', 'why', 'when', 'where', 'which', 'been', 'had', 'have', 'has', 'was', 'were', 'is', 'are', 'be']);
/** Words that name no fault after a negation: people, and verbs of coming, telling and seeming ("couldn't say"). */
const LIGHT = new Set(['me', 'us', 'ours', 'them', 'theirs', 'yours', 'mine', 'him', 'her', 'come', 'tell', 'say', 'says', 'seem', 'seems', 'hand', 'sound', 'much', 'to', 'what', 'about', 'by', 'like']);

/** "log in", "show up", "locked out"; but "showing in the app" is a place, not a particle. */
function isParticleOf(verb: string, word: string): boolean {
  if (!PARTICLES.has(word) || !PHRASAL.has(verb)) return false;
  // Nor "on" after "work": "stopped working on Monday", "not working on my phone" say when and where.
  if (word === 'on' && /^work/.test(verb)) return false;
  return word !== 'in' || /^(?:log|sign)/.test(verb);
}

/** "I didn't change anything", "we haven't updated": the customer's own (in)action, not the fault. */
function isOwnAction(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  // "I can't afford it", "you can't ask him": what they cannot do in their life, not what fails;
  // "I can't log in", "I can't find the form" is the fault.
  if (CANNOT.has(token.norm) && ['i', 'you'].includes(tokens[i - 1]?.norm ?? '') && !token.breakBefore) {
    let v = i + 1;
    while (['easily', 'even', 'just', 'really', 'still'].includes(tokens[v]?.norm ?? '')) v++;
    return !USE_VERBS.has(tokens[v]?.norm ?? '');
  }
  if (!OWN_ACTION_LEADS.has(token.norm)) return false;
  // "I'm not able to pay", "I'm not getting e-mails": a state they are in, not something they did.
  if (token.norm === 'not' && STATE_AFTER_NOT.has(tokens[i + 1]?.norm ?? '') && ["i'm", "we're", 'am', 'are'].includes(tokens[i - 1]?.norm ?? '')) return false;
  // "I did not receive the car", "we never received the refund": what did not reach them, not what they did.
  if (RECEIVED.has(tokens[i + 1]?.norm ?? '')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const before = tokens[k];
    if (!before) return false;
    if (SUBJECTS.has(before.norm)) return true;
    if (!AUXILIARIES.has(before.norm) || tokens[k + 1]?.breakBefore) return false;
  }
  return false;
}

/** What the customer asks for, in their words: "send it again", "refund me", "stop the direct debit". */
const REQUEST_LEADS: readonly (readonly string[])[] = [
  ['please'], ['can', 'you'], ['could', 'you'], ['would', 'you'], ['can', 'i'], ['could', 'i'], ['i', 'want', 'you', 'to'], ['i', 'need', 'you', 'to'],
  ["i'd", 'like', 'you', 'to'], ['i', 'would', 'like', 'you', 'to'], ["i'd", 'like', 'to'], ["i'd", 'like'], ['i', 'would', 'like'],
  ['i', 'want'], ['i', 'just', 'want'], ['i', 'need'], ['i', 'want', 'to'], ['i', 'need', 'to'], ['how', 'can', 'i'], ['how', 'do', 'i'],
];
/** Asking for help in general asks for nothing in particular. */
const EMPTY_REQUESTS = new Set([
  'thanks', 'thank', 'thx', 'help', 'advise', 'respond', 'reply', 'assist', 'answer', 'get', 'be', 'know', 'let', 'tell', 'see', 'ask', 'kindly',
  'just', 'also', 'check', 'look', 'contact', 'call', 'dm',
  // Asking to be read, or for somebody to do something: "please read the whole thing", "I want something done about it".
  'read', 'sort', 'log', 'find', 'raise', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything',
  // Asking them not to do something names no thing wanted: "Please don't just tell me it was a weak fish".
  "don't", 'dont', 'never', 'not',
  // Courtesies (see courtesySpans): "please bear with me", "please forgive my English".
  'bear', 'forgive', 'excuse', 'pardon',
]);
/** Verbs that ask for nothing on their own: "Could you come and give us a price?" asks for the price; "Please confirm", "can you explain?" ask to be told. */
const LIGHT_REQUESTS = new Set(['come', 'go', 'try', 'confirm', 'explain', 'clarify', 'understand']);
/** Verbs that ask for something when a request goes on after "and". */
const REQUEST_VERBS = new Set([
  'send', 'stop', 'refund', 'cancel', 'remove', 'fix', 'change', 'give', 'replace', 'return', 'reset', 'restore', 'unlock', 'reactivate',
  'delete', 'close', 'update', 'redo', 'reverse', 'credit', 'waive', 'extend', 'review', 'explain', 'escalate', 'confirm', 'tell',
  'move', 'rebook', 'resend', 'reissue', 'correct', 'compensate', 'reimburse', 'call', 'email', 'reinstate', 'unban', 'check',
]);
const REQUEST_INNER = new Set(['the', 'it', 'me', 'them', 'my', 'this', 'that', 'a', 'an', 'our', 'us', 'people', 'from']);
/** Leads that ask for a thing rather than an action: "I'd like a new date", "I want some kind of compensation". */
const THING_LEADS = new Set(['like', 'want', 'need']);
/** Words between such a lead and the thing asked for. */
const THING_OPENERS = [['some', 'kind', 'of'], ['some', 'sort', 'of'], ['a'], ['an'], ['some'], ['the'], ['my']];
/** How many words of a thing's opener ("a", "some kind of") start at `at`. */
function thingOpenerAt(tokens: readonly Token[], at: number): number {
  const opener = THING_OPENERS.find((words) => words.every((w, k) => tokens[at + k]?.norm === w && !tokens[at + k]?.breakBefore));
  return opener?.length ?? 0;
}
/** Words between a lead and its verb that ask nothing themselves: "can you guys please just…". */
const REQUEST_FILLERS = new Set(['please', 'to', 'kindly', 'just', 'either', 'also', 'simply', 'guys', 'folks', 'all']);
const MAX_REQUEST_WORDS = 4;

export function requestPhrases(tokens: readonly Token[], text: string): Span[] {
  const found: Span[] = [];
  // Where the sentence of the last request found ends: a request verb after "and" or "or" in the
  // same sentence asks for a second thing ("redo the bill with the real reading and stop the
  // direct debit", "send it again or refund me").
  let inRequest = false;
  let askedForThing = false; // the sentence's request asks for a thing: "I'd like a new date … and some compensation"
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.breakBefore) inRequest = askedForThing = false;
    const joiner = inRequest && (tokens[i]?.norm === 'and' || tokens[i]?.norm === 'or') && !tokens[i + 1]?.breakBefore;
    const chained = joiner && (REQUEST_VERBS.has(tokens[i + 1]?.norm ?? '') || (askedForThing && thingOpenerAt(tokens, i + 1) > 0));
    const lead = chained
      ? ['and']
      : REQUEST_LEADS.filter((words) => words.every((w, k) => tokens[i + k]?.norm === w && (k === 0 || !tokens[i + k]?.breakBefore))).sort((a, b) => b.length - a.length)[0];
    if (!lead) continue;
    let first = i + lead.length;
    while (REQUEST_FILLERS.has(tokens[first]?.norm ?? '') && !tokens[first]?.breakBefore) first++;
    // "can I get a refund", "could we have a new date": asking to be given a thing.
    const given = ['i', 'we'].includes(lead.at(-1) ?? '') && ['get', 'have'].includes(tokens[first]?.norm ?? '') && !tokens[first]?.breakBefore;
    if (given) first++;
    const thing = given || THING_LEADS.has(lead.at(-1) ?? '') || (chained && askedForThing);
    if (thing) first += thingOpenerAt(tokens, first);
    if (thing && !chained) askedForThing = true;
    const verb = tokens[first];
    if (!verb || verb.breakBefore || EMPTY_REQUESTS.has(verb.norm) || STOPS.has(verb.norm) || AUXILIARIES.has(verb.norm) || /^\d/.test(verb.norm)) continue;
    let last = first;
    while (last + 1 < tokens.length && last - first + 1 < MAX_REQUEST_WORDS) {
      const next = tokens[last + 1];
      if (!next || next.breakBefore || /^\d/.test(next.norm) || next.norm === 'please' || commaBefore(text, tokens, last + 1)) break;
      if (STOPS.has(next.norm) && !REQUEST_INNER.has(next.norm)) break;
      last++;
    }
    // "send the chipped one back": the verb's particle closes the request.
    const particle = tokens[last + 1];
    if (particle && !particle.breakBefore && ['back', 'up', 'out', 'off', 'over'].includes(particle.norm) && !commaBefore(text, tokens, last + 1)) last++;
    // Never end on an article or a pronoun: "remove the late fee", not "remove the".
    while (last > first && REQUEST_INNER.has(tokens[last]?.norm ?? '') && !['me', 'it', 'them', 'us'].includes(tokens[last]?.norm ?? '')) last--;
    if (last > first || !LIGHT_REQUESTS.has(verb.norm)) found.push([verb.start, tokens[last]?.end ?? verb.end]);
    inRequest = true;
    i = last;
  }
  // "I just want my money back", "to get our money back": asked for however it is put.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]?.norm === 'money' && tokens[i + 1]?.norm === 'back' && !tokens[i + 1]?.breakBefore && POSSESSIVES.has(tokens[i - 1]?.norm ?? '')) {
      const start = tokens[i]?.start ?? 0;
      if (!found.some(([a, b]) => a <= start && start < b)) found.push([start, tokens[i + 1]?.end ?? start]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
const POSSESSIVES = new Set(['my', 'our', 'their', 'his', 'her', 'the']);

/** A word that can be what fails: not a pronoun, an article, a conjunction or an auxiliary. */
function isSubjectNoun(word: string): boolean {
  return /^\p{L}{3,}$/u.test(word) && !SWORN.has(word) && !STOPS.has(word) && !AUXILIARIES.has(word) && !NEGATIONS.has(word) && !COPULAS.has(word) && !/(?:ly|ing)$/.test(word) && !SUBJECTS.has(word);
}

/** "bus did not come", "driver didn't come": a lone "come" after a thing that was to come. */
function thingDidNotCome(tokens: readonly Token[], text: string, lead: number, last: number): boolean {
  if (last !== lead + 1 || tokens[last]?.norm !== 'come') return false;
  const first = AUXILIARIES.has(tokens[lead - 1]?.norm ?? '') && !tokens[lead]?.breakBefore ? lead - 1 : lead;
  const subject = tokens[first - 1];
  return subject !== undefined && !tokens[first]?.breakBefore && isSubjectNoun(subject.norm) && isLowerCase(text.slice(subject.start, subject.end));
}

function isLowerCase(surface: string): boolean {
  return surface === surface.toLowerCase();
}

/** "pressure is very low", "the site is much slower": a thing, a copula, a degree word or two, a state. */
function stateAt(tokens: readonly Token[], i: number, text: string): { span: Span; last: number } | null {
  const state = tokens[i];
  if (!state || state.breakBefore || !STATE_WORDS.has(state.norm)) return null;
  let k = i - 1;
  while (k >= 0 && DEGREE.has(tokens[k]?.norm ?? '') && !tokens[k + 1]?.breakBefore && i - k <= 3) k--;
  const copula = tokens[k];
  let subject = tokens[k - 1];
  if (!copula || !subject || !COPULAS.has(copula.norm) || copula.breakBefore || tokens[k + 1]?.breakBefore) return null;
  // "the site has gotten much slower": the auxiliary stands between the thing and the state.
  const auxiliary = AUXILIARIES.has(subject.norm);
  if (auxiliary) subject = tokens[k - 1]?.breakBefore ? undefined : tokens[k - 2];
  if (auxiliary && (!subject || !isSubjectNoun(subject.norm))) return { span: [copula.start, state.end], last: i };
  if (!subject || !isSubjectNoun(subject.norm) || commaBefore(text, tokens, k)) return null;
  return { span: [subject.start, state.end], last: i };
}

const COMING = new Set(['come', 'comes', 'coming', 'came']);
const COMING_WHERE = new Set(['back', 'out', 'round', 'over']);
/** Words that go on a visit's errand: "come and look at it", "come back and look properly". */
const ERRAND_WORDS = new Set(['at', 'it', 'them', 'a', 'look', 'properly', 'right', 'again', 'this', 'under', 'in', 'off', 'up']);

/**
 * Someone coming (back, out, round) and what for: "can someone come out", "come and look at it",
 * "fitter needs to come back", and what came back ("the stain had come back"). 84 of the tuned
 * part's must terms that no other reading proposed were such.
 */
export function comingPhrases(tokens: readonly Token[], text: string): Span[] {
  const found: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!COMING.has(tokens[i]?.norm ?? '')) continue;
    let last = i;
    if (COMING_WHERE.has(tokens[last + 1]?.norm ?? '') && !tokens[last + 1]?.breakBefore) last++;
    // "… and look at it": the errand, a verb and the words that go with it.
    const and = tokens[last + 1];
    const verb = tokens[last + 2];
    const errand = and?.norm === 'and' && verb !== undefined && tokens[i]?.norm !== 'came' && !and.breakBefore && !verb.breakBefore && !commaBefore(text, tokens, last + 1) && !STOPS.has(verb.norm);
    if (errand) {
      last += 2;
      while (ERRAND_WORDS.has(tokens[last + 1]?.norm ?? '') && !tokens[last + 1]?.breakBefore && last - i < 6) last++;
    }
    // Without an errand only a visit asked for ("can someone come out", "needs to come back") or
    // a thing that has come back: "they came out on Monday" is the story.
    const asked = VISIT_ASKERS.has(tokens[i - 1]?.norm ?? '') && tokens[i]?.norm === 'come';
    const returned = RETURNED.has(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm === 'back';
    if (last === i || tokens[i]?.breakBefore || !(errand || asked || returned)) continue;
    found.push([tokens[i]?.start ?? 0, tokens[last]?.end ?? 0]);
    i = last;
  }
  return found;
}
const VISIT_ASKERS = new Set(['to', 'someone', 'somebody', 'can', 'could', 'will', 'would', 'you', 'they', 'he', 'she', 'engineer', 'fitter', 'technician', 'plumber']);
const RETURNED = new Set(['has', 'had', 'have', 'keeps', 'kept']);
