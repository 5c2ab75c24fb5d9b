/**
 * Who a customer's message is from and to, so that neither becomes a key term: whom a greeting
 * addresses ("Hi Anna", "hey yahoo -", "dear youtube team"), who introduces themselves ("my name
 * is …"), where the sign-off starts ("Thanks,\nAnna", "— Dario Benetti, SRE", a gamer tag), and
 * what they say of their own English ("My english is not perfect, sorry").
 */
import type { PreparedText } from './prepared-text';

type Tokens = PreparedText['tokens'];

/** Words before the name of the person addressed: a greeting, or thanks ("Thx Sahil!", "Thanks Anna,"). */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening', 'thanks', 'thx', 'cheers']);
const SIGN_OFFS = new Set([
  'thanks', 'thank you', 'many thanks', 'thx', 'cheers', 'best', 'regards', 'best regards', 'kind regards', 'sincerely', '--',
  'best wishes', 'warm regards', 'warmest regards', 'kindest regards', 'warm wishes', 'with best wishes', 'all the best', 'take care',
  'yours', 'yours truly', 'respectfully', 'blessings', 'warmly', 'warmest wishes', 'with warm wishes', 'with gratitude', 'gratefully',
  // Customers writing from other countries sign off in their own language: "Met vriendelijke groet", "Un saludo", "Ngā mihi".
  'met vriendelijke groet', 'vriendelijke groet', 'groeten', 'mit freundlichen grüßen', 'freundliche grüße', 'viele grüße', 'liebe grüße',
  'un saludo', 'saludos', 'saludos cordiales', 'un abrazo', 'atentamente', 'cordialement', 'bien cordialement', 'bien à vous',
  'cordiali saluti', 'distinti saluti', 'saluti', 'atenciosamente', 'abraços', 'ngā mihi', 'ngā mihi nui', 'mahalo', 'med vänliga hälsningar',
  'mvh', 'med venlig hilsen', 'pozdrawiam', 's pozdravem',
]);

/** Token i comes right after a greeting word, with at most a comma between ("Hi Anna", "Thx, Sahil"). */
export function followsGreeting(text: string, tokens: Tokens, i: number): boolean {
  const greeting = tokens[i - 1];
  return greeting !== undefined && GREETINGS.has(greeting.norm) && !tokens[i]?.breakBefore && /^,? $/.test(text.slice(greeting.end, tokens[i]?.start ?? 0));
}

/** Words that close the name of whoever a message opens by greeting: "dear youtube team my …". */
const ADDRESSEE_ENDS = new Set(['team', 'support', 'folks', 'guys', 'people', 'all', 'there', 'everyone']);
const MAX_ADDRESSEE_WORDS = 3;

/**
 * Whom the message greets, in any case: "hey yahoo - I've …", "Hey dudes.", "dear youtube team my
 * tab …". Up to three words after an opening greeting, ended by punctuation or a word like "team";
 * "hi Microsoft 10 won't let me" goes on into the sentence, so it greets nobody.
 */
export function addresseeAtStart(text: string, tokens: Tokens): [number, number] | null {
  if (!GREETINGS.has(tokens[0]?.norm ?? '')) return null;
  for (let j = 1; j <= MAX_ADDRESSEE_WORDS; j++) {
    const token = tokens[j];
    const previous = tokens[j - 1];
    if (!token || !previous || token.breakBefore || !/^ +$/.test(text.slice(previous.end, token.start))) return null;
    if (endsAddress(text, tokens, j) || ADDRESSEE_ENDS.has(token.norm)) return [tokens[1]?.start ?? token.start, token.end];
  }
  return null;
}

/** Token i follows "my name is" in the same sentence. */
export function introducesSelf(tokens: Tokens, i: number): boolean {
  return i >= 3 && tokens[i - 3]?.norm === 'my' && tokens[i - 2]?.norm === 'name' && tokens[i - 1]?.norm === 'is' && !tokens[i]?.breakBefore && !tokens[i - 1]?.breakBefore && !tokens[i - 2]?.breakBefore;
}

/** A version or a verb after a greeted name makes it the subject: "hi Vaultly 10 won't …", "hey Spotify keeps …". */
export function startsPredicate(next: Tokens[number] | undefined): boolean {
  return next !== undefined && !next.breakBefore && (/^\d/.test(next.norm) || SUBJECT_VERBS.has(next.norm));
}
const SUBJECT_VERBS = new Set([
  'is', "isn't", 'was', "wasn't", 'are', "aren't", 'has', "hasn't", 'have', "haven't", 'does', "doesn't", 'did', "didn't", 'will',
  "won't", 'can', "can't", 'cannot', 'keeps', 'kept', 'just', 'still', 'stopped', 'never', 'charged', 'deleted', 'crashes',
]);

/** Punctuation, a line break or the end after token `j`: a greeting's name ends there. */
function endsAddress(text: string, tokens: Tokens, j: number): boolean {
  const end = tokens[j]?.end ?? text.length;
  const after = /^ *(.)/su.exec(text.slice(end, end + 8))?.[1];
  return after === undefined || ',.!?:;-–—\n'.includes(after) || tokens[j + 1]?.breakBefore === true;
}

/** How many of the last lines a sign-off is looked for in. */
const SIGN_OFF_LINES = 6;

/** Where the sign-off starts ("Thanks,\nAnna"), looking only at the last few lines. */
export function signOffStart(text: string): number {
  const lines = lastLines(text, SIGN_OFF_LINES);
  for (const line of lines) {
    const words = line[0].trim().toLowerCase();
    let plain = words;
    while (plain.length > 0 && ',.!-–—'.includes(plain.at(-1) ?? '')) plain = plain.slice(0, -1);
    const lead = plain.split(',')[0]?.trim() ?? '';
    if (SIGN_OFFS.has(plain) || (plain.includes(',') && SIGN_OFFS.has(lead) && plain.split(/\s+/).length <= 4)) return line.index;
  }
  // A name alone on the last line ("Marta", "— Tom Becker") signs the message; it isn't a key term.
  const last = lines.at(-1);
  if (last && lines.length > 1 && isSignature(last[0])) return last.index;
  return text.length;
}

/**
 * A name alone on a line with only signature lines after it ("Margaret Doyle\nPlot 14B", "Tom
 * Becker\nFlat 2, 18 Mill Lane"): the name signs the message, and what follows it (a plot, an
 * account number) may still be a term, so only the name's span is returned.
 */
export function nameAboveSignatureLines(text: string): [number, number] | null {
  const lines = lastLines(text, 4);
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k];
    if (!line || !isSignature(line[0])) continue;
    const after = lines.slice(k + 1);
    if (after.every((l) => l[0].trim().split(/\s+/).length <= 6 && !/[.!?]$/.test(l[0].trim()))) return [line.index, line.index + line[0].length];
  }
  return null;
}

/** Where the lines a sign-off may be in begin: nothing before this can be a sign-off. */
export function signOffLinesStart(text: string): number {
  return lastLinesStart(text, SIGN_OFF_LINES);
}

/** Where the last `count` lines start, walking back, so a long reply is not split whole on every keystroke. */
function lastLinesStart(text: string, count: number): number {
  let start = text.length;
  for (let found = 0; start > 0 && found < count; ) {
    while (start > 0 && text[start - 1] === '\n') start--;
    if (start === 0) break;
    start = text.lastIndexOf('\n', start - 1) + 1; // 0 when the line is the first
    found++;
  }
  return start;
}

/** The message's last `count` non-empty lines, each with its offset (`index`). */
function lastLines(text: string, count: number): RegExpExecArray[] {
  const start = lastLinesStart(text, count);
  const line = /[^\n]+/g;
  line.lastIndex = start;
  const lines: RegExpExecArray[] = [];
  for (let m = line.exec(text); m; m = line.exec(text)) lines.push(m);
  return lines;
}

/** "Marta", "— Tom Becker", "Sarah O'Connell", "— Dario Benetti, SRE", a gamer tag "Kestrel_Vane". */
function isSignature(line: string): boolean {
  const [name = '', title] = line.trim().replace(/^[-–—]\s*/, '').split(/,\s*/, 2);
  if (title !== undefined && title.split(/\s+/).length > 4) return false;
  const words = name.split(/\s+/);
  if (words.length === 1 && /^\p{Lu}[\p{L}\p{N}]*_[\p{L}\p{N}_]+$/u.test(name) && /\p{Ll}/u.test(name)) return true;
  return words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+|\p{Lu}\p{Ll}+)*$/u.test(word) && word.length >= 2 && word.length <= 22);
}

/**
 * Sentences where the writer apologises for their English ("My English is not so good, sorry",
 * "Sorry for my english, it is not my first language"): about them, not about the problem.
 */
export function ownEnglishSentences(text: string, tokens: Tokens): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.norm !== 'english' || tokens[i - 1]?.norm !== 'my' || tokens[i]?.breakBefore) continue;
    let first = i - 1;
    while (first > 0 && !endsSentence(text, tokens, first)) first--;
    let last = i;
    while (last + 1 < tokens.length && !endsSentence(text, tokens, last + 1)) last++;
    spans.push([tokens[first]?.start ?? 0, tokens[last]?.end ?? 0]);
    i = last;
  }
  return spans;
}

/** Asking to be borne with or forgiven: "bear with me", "forgive me", "excuse my spelling", "pardon my French". */
const COURTESIES: readonly (readonly string[])[] = [['bear', 'with'], ['forgive', 'me'], ['forgive', 'my'], ['excuse', 'me'], ['excuse', 'my'], ['pardon', 'my'], ['cause', 'trouble']];

/** The courtesies' words ("please bear with me"): about the writer, not the problem. */
export function courtesySpans(tokens: Tokens): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const courtesy = COURTESIES.find(([verb, next]) => tokens[i]?.norm === verb && tokens[i + 1]?.norm === next && !tokens[i + 1]?.breakBefore);
    if (!courtesy) continue;
    // "bear with me": the pronoun after "with" goes too.
    const last = courtesy[1] === 'with' && ['me', 'us'].includes(tokens[i + 2]?.norm ?? '') ? i + 2 : i + 1;
    spans.push([tokens[i]?.start ?? 0, tokens[last]?.end ?? 0]);
    i = last;
  }
  return spans;
}

/** A sentence ends between token i - 1 and token i: ". ", "! ", "? " or a line break. */
function endsSentence(text: string, tokens: Tokens, i: number): boolean {
  return /[.!?\n]/.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
}
