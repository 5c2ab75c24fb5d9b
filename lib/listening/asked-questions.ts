/**
 * What the customer asks to be told, in their words, as key terms: "when I will have it", "what
 * happened", "who will pay", "how long". The labellers kept these as must terms (359 of the 3,047
 * tuned must terms that no other reading proposed): an answer that skips one leaves the customer
 * asking again. Found by walking tokens from literal word lists; no pattern is built from data.
 */
import type { Span } from './amounts-and-times';
import { isCommonWord } from './common-words';
import { commaBefore, type Token } from './tokens';

const ASKING_WORDS = new Set(['what', 'when', 'why', 'how', 'who', 'whether', 'where', 'which']);
/** Words after which a question is asked inside a sentence: "tell me when", "I'd like to know why", "no idea what". */
const TO_KNOW = new Set(['know', 'tell', 'explain', 'understand', 'wondering', 'wonder', 'ask', 'asking', 'confirm', 'out', 'idea', 'clue', 'advise', 'sure', 'unclear', 'clarify', 'me', 'us']);
/** Words that end the question's clause: another clause starts. */
const CLAUSE_ENDS = new Set(['and', 'but', 'because', 'as', 'so', 'or', 'since', 'although', 'though', 'if', 'please', 'thanks']);
/** Words that join a second question to a first: "what happened and why". */
const JOINING = new Set(['and', 'or']);
/** Openings that ask nothing about the problem: "how are you", "what a mess", "why not". */
const EMPTY_OPENINGS: readonly (readonly string[])[] = [['how', 'are'], ['how', 'is', 'everyone'], ['what', 'a'], ['what', 'an'], ['why', 'not'], ['how', 'ever'], ['which', 'is', 'why'], ['who', 'knows']];
const MAX_WORDS = 7;
/**
 * Words a question cut at MAX_WORDS cannot end on: "whether there's any risk of losing the" reads as
 * broken; "whether there's any risk of losing" does not.
 */
const DANGLING = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'about', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'when', 'if', 'than', 'as', 'not', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'any', 'some']);

/**
 * The questions a customer asks in their own words: a sentence that opens with an asking word and
 * ends with "?", or an asking word after a word of wanting to know ("let me know when the engineer
 * is coming"), up to the end of its clause; and the questions that follow one with "and", "or" or
 * a comma ("I'd like to know what happened, and when I'll get my money back"; "Is it covered, and
 * when is someone coming?").
 */
export function askedQuestions(tokens: readonly Token[], text: string): Span[] {
  const found: Span[] = [];
  let askedInSentence = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i];
    if (word?.breakBefore) askedInSentence = false;
    if (!word || !ASKING_WORDS.has(word.norm)) continue;
    const previous = tokens[i - 1];
    const embedded = previous !== undefined && !word.breakBefore && TO_KNOW.has(previous.norm);
    const joined = previous !== undefined && !word.breakBefore && (JOINING.has(previous.norm) || commaBefore(text, tokens, i));
    const another = joined && (askedInSentence || endsAsQuestion(tokens, text, i));
    if (!embedded && !another && !(word.breakBefore && endsAsQuestion(tokens, text, i))) continue;
    if (EMPTY_OPENINGS.some((words) => words.every((w, k) => tokens[i + k]?.norm === w))) continue;
    let last = i;
    let cut = false;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (!next || next.breakBefore || CLAUSE_ENDS.has(next.norm) || commaBefore(text, tokens, last + 1)) break;
      if (last - i + 1 >= MAX_WORDS) {
        cut = true;
        break;
      }
      last++;
    }
    while (cut && last > i + 1 && DANGLING.has(tokens[last]?.norm ?? '')) last--;
    // A question in everyday words asks nothing of theirs in particular: "what should I do", "what
    // are my options", "what is going on" (labelled noise more often than not on the tuned part).
    if (!tokens.slice(i + 1, last + 1).some((t) => !isCommonWord(t.norm))) continue;
    found.push([word.start, tokens[last]?.end ?? word.end]);
    askedInSentence = true;
    i = last;
  }
  return found;
}

/** Whether the clause from token `i` on ends with "?" before the next break. */
function endsAsQuestion(tokens: readonly Token[], text: string, i: number): boolean {
  let last = i;
  while (last + 1 < tokens.length && !tokens[last + 1]?.breakBefore) last++;
  const end = tokens[last]?.end ?? 0;
  const next = tokens[last + 1]?.start ?? text.length;
  return text.slice(end, next).includes('?');
}
