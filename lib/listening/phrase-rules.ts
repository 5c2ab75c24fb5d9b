/**
 * The phrase rules: data, one row per rule. Adding a hint is adding a row.
 * Phrases are literal words; `[a|b]` is a choice and `[a|]` an optional word (see expandPhrase).
 * Matching ignores case and punctuation inside a clause but never crosses . ! ? ; : or a quote.
 */
import { IMPERATIVE_OPENERS } from './signal-phrases';
import type { HintCategory } from './types';

export type PhraseCategory = Extract<
  HintCategory,
  'overpromise' | 'dismissive' | 'doubting' | 'blame' | 'non-apology'
>;

export interface PhraseRule {
  id: string;
  category: PhraseCategory;
  phrases: readonly string[];
  message: string;
  suggestion?: string;
  /** A word among the five before the phrase, in the same sentence, that makes it benign. */
  benignBefore?: readonly string[];
  /** A phrase right after the match that makes it benign ("are you sure *you want to*"). */
  benignAfter?: readonly string[];
}

/** Negation turns a promise or an accusation into its opposite: "I can't promise this will fix it". */
export const NEGATIONS = [
  'not', 'never', 'no', 'cannot', "can't", "don't", "won't", "isn't", "aren't", "wasn't", "weren't",
  "doesn't", "didn't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", 'without', 'hardly',
];
/** Negation words in set phrases that negate nothing after them: "Don't worry, this will fix it". */
export const NOT_NEGATING = ["don't worry", 'no worries', "don't hesitate", 'no problem', 'no doubt', 'not only'];
/** Hedges make a claim the honest, unverified kind: "I hope this will fix it". */
const HEDGES = [
  'hope', 'hoping', 'hopeful', 'hopefully', 'think', 'believe', 'expect', 'might', 'may', 'if', 'whether',
  'unless', 'probably', 'likely', 'possibly', 'perhaps', 'maybe', 'chance', 'until', 'once', 'see',
];
const UNVERIFIED = [...NEGATIONS, ...HEDGES];
const SUBJECT = '[this|that|it|which|the update|the fix|these steps]';
const FIX = 'fix|solve|resolve|sort';
const CERTAINLY = '[definitely|certainly|absolutely|100]';
const AFFECTED = '[it|this|that|the issue|the problem|your issue|your problem]';
const INSTRUCTION = `[${IMPERATIVE_OPENERS.join('|')}]`;

export const PHRASE_RULES: readonly PhraseRule[] = [
  // overpromise: Advise (6) and Solve honestly (8): promise what you have verified.
  {
    id: 'certain-fix',
    category: 'overpromise',
    phrases: [
      `${SUBJECT} [will|is going to] ${CERTAINLY} [${FIX}|work]`,
      `[it'll|this'll|that'll] ${CERTAINLY} [${FIX}|work]`,
      `${SUBJECT} will [${FIX}] ${AFFECTED}`,
      `[it'll|this'll|that'll] [${FIX}] ${AFFECTED}`,
      `${CERTAINLY} [fix|fixes|solve|solves|resolve|resolves] ${AFFECTED}`,
      `[this is|it's|that's] [an easy|a quick|a simple] fix`,
    ],
    benignBefore: UNVERIFIED,
    message: "A fix promised before it's verified costs trust if it fails (Advise).",
    suggestion: "This should fix it; if it doesn't, tell me and I'll look further.",
  },
  {
    id: 'guarantee',
    category: 'overpromise',
    phrases: [
      `[I|we] [guarantee|promise] ${SUBJECT} will [fix|solve|resolve|work|not happen|never happen]`,
      'guaranteed to [fix|work|solve|resolve]',
      `${SUBJECT} [will never|won't|will not] happen again`,
      "[it'll|this'll] never happen again",
    ],
    benignBefore: UNVERIFIED,
    message: "A guarantee you can't check yet becomes a broken promise (Advise).",
    suggestion: "We've made this change, and I'll keep an eye on it with you.",
  },
  {
    id: 'knows-cause',
    category: 'overpromise',
    phrases: [
      "I know exactly [what's wrong|what is wrong|what the problem is|what's causing|why this is happening]",
      `${CERTAINLY} [caused by|due to]`,
      `the cause is ${CERTAINLY}`,
      "I've seen this [a hundred|a thousand|many|countless] times",
    ],
    benignBefore: UNVERIFIED,
    message: "Naming the cause before checking may answer yesterday's problem, not this one (Hear the whole message).",
    suggestion: "My first guess is …; I'll confirm it by checking …",
  },

  // dismissive: Hear the whole message (1), respond to the feeling (3).
  {
    id: 'minimizing',
    category: 'dismissive',
    phrases: [
      `simply ${INSTRUCTION}`,
      "[you|you'll|you will] [just|simply|only] [need|have] to",
      'all you [have|need] to do is',
    ],
    benignBefore: [...NEGATIONS, 'can', 'could', 'also'],
    message: 'Calling a step simple tells a stuck customer the problem is them (Read between the lines).',
    suggestion: 'To do this, …',
  },
  {
    id: 'its-easy',
    category: 'dismissive',
    phrases: ["[it's|it is|this is|that's] [really|very|super|pretty|quite] [easy|simple]", "[it's|it is] as [easy|simple] as"],
    benignBefore: NEGATIONS,
    benignAfter: ['to [miss|overlook|confuse|mix|get|lose|forget|assume]', '[for|on|from] our', 'for us'],
    message: "Saying it's easy tells a stuck customer the problem is them (Read between the lines).",
    suggestion: 'Here are the steps: …',
  },
  {
    id: 'obviously',
    category: 'dismissive',
    phrases: ['obviously', 'as you can [clearly|obviously|] see', 'as anyone can see', "[it's|it is] obvious that", 'as clearly stated'],
    benignBefore: NEGATIONS,
    benignAfter: ["[i|we|i'm|we're|not]", "[that's|this is] [not|frustrating]", "[this|that] isn't"],
    message: "It wasn't obvious to them, or they wouldn't have written (Hear the whole message).",
  },
  {
    id: 'as-i-said',
    category: 'dismissive',
    phrases: [
      'as I [said|mentioned|explained|stated] [before|earlier|previously|already|in my last]',
      "as [I|I've|we|we've] already [said|mentioned|explained|stated|told you]",
      'as [previously|already] [stated|mentioned|explained]',
      'per my [last|previous|earlier] [email|message|reply|response]',
      'like I [said|told you]',
      "[I've|I have|I|we've|we] already [told|explained to] you",
    ],
    message: "If they ask again, the first answer didn't land; say it differently (Hear the whole message).",
  },
  {
    id: 'not-our-job',
    category: 'dismissive',
    phrases: [
      'not something we [do|handle|deal with|can help with|support]',
      "[that's|that is|this is|it's|it is] not [our|my] [problem|responsibility|job|department|concern]",
      '[not our|not my] problem',
      "[there's|there is] nothing [more|else|] [we|I] can do",
      "we don't do that",
      "[that's|it's|that is|it is] just [how|the way] it [works|is]",
      'it is what it is',
      "[that's|that is] [just|simply] [our|company] policy",
      "that's company policy",
    ],
    message: 'Shutting the request down leaves them nowhere to go; say what you can do (Give choices).',
    suggestion: "Here's what I can do instead: …",
  },
  {
    id: 'working-as-intended',
    category: 'dismissive',
    phrases: [
      '[working|works] as [intended|designed]',
      "[it's|this is|that's|it is] by design",
      "[it's|this is|that's] not a bug[|,] [it's|that's] a feature",
    ],
    benignBefore: NEGATIONS,
    benignAfter: ['or not'],
    message: "To them it isn't working, whatever the design says; explain why (Read between the lines).",
    suggestion: 'I can see why this is surprising; it works this way because …',
  },
  {
    id: 'calm-down',
    category: 'dismissive',
    phrases: [
      'calm down',
      "[you're|you are] overreacting",
      "no need to [get upset|be upset|shout|yell|be rude|get angry]",
      "[it's|this is|that's|it is] [only|just|merely] a [minor|small|tiny] [issue|bug|glitch|problem]",
      'could [be|have been] worse',
    ],
    message: "Telling them how to feel, or that it's minor, denies what they said (Read between the lines).",
    suggestion: 'I understand this is frustrating; …',
  },

  // doubting: question the facts, not the customer (Ask open questions, 4).
  {
    id: 'are-you-sure',
    category: 'doubting',
    phrases: [
      'are you [sure|certain|positive]',
      'did you [actually|really|even] [try|do|follow|read|check|restart|click|type]',
      'have you [actually|really|even] [tried|done|followed|read|checked|restarted]',
    ],
    benignAfter: ['[you|that you] [want|wish|need|wanted]', "you'd like", 'you would like'],
    message: 'Doubting they did what they said puts them on trial; ask what they saw (Ask open questions).',
    suggestion: 'Could you walk me through the steps you took and what you saw?',
  },
  {
    id: 'you-claim',
    category: 'doubting',
    phrases: [
      'you [claim|claimed|allege|alleged] [that|to have|to be]', 'according to you',
      'I find it hard to believe', '[hard|difficult] to believe that',
      '[our|the] [logs|records|system|data] [show|shows|say|says] otherwise',
    ],
    message: "Doubting their account says they weren't heard; start from what they report (Hear the whole message).",
    suggestion: 'You mentioned …; let me check that on our side.',
  },
  {
    id: 'assumes-mistake',
    category: 'doubting',
    phrases: [
      'you [must have|probably|likely] [mistyped|misread|misunderstood|missed|typed|entered|forgot|deleted|changed|clicked]',
    ],
    message: 'Assuming a mistake jumps ahead of the facts; ask what happened (Ask open questions).',
    suggestion: 'Could you tell me exactly what you entered?',
  },

  // blame: facts and actions, no scapegoats (Solve honestly, 8).
  {
    id: 'should-have',
    category: 'blame',
    phrases: [
      "you [should have|should've] [read|checked|backed up|contacted|called|told|followed|made|known|noticed|updated|saved|waited|asked|done|kept|tested|cancelled|canceled]",
      "[if you had|if you'd|had you] [read|followed|checked|backed up|updated|contacted|listened]",
      'as you should know', 'you should have known', 'you were warned', '[we|I] warned you',
    ],
    message: 'Hindsight puts the fault on them and fixes nothing; say what to do now (Solve, no scapegoats).',
    suggestion: 'To avoid this next time, you can …',
  },
  {
    id: 'you-failed',
    category: 'blame',
    phrases: [
      'you [failed|neglected|omitted] to',
      "you [didn't|did not|never] [follow|read|check|back up|listen|pay attention|bother]",
    ],
    benignBefore: ['if', 'case', 'unless', 'whether', 'even', 'worry'],
    message: 'Saying they failed puts the fault on them; say what happened and the fix (Solve, no scapegoats).',
    suggestion: 'It looks like this step was skipped; here is how: …',
  },
  {
    id: 'user-error',
    category: 'blame',
    phrases: [
      '[user|operator] error', 'your [own|] [fault|mistake]',
      'you caused [this|the problem|the issue|it]', 'you created [the problem|the issue|this problem|this issue]',
      'you broke [it|this|that]',
      'you [messed|screwed] [it|this|that|] up',
      'you [did|set|configured|installed|entered|typed] [it|this|that|them] [up|] [wrong|wrongly|incorrectly]',
      'you [misconfigured|misused]',
    ],
    benignBefore: NEGATIONS,
    message: 'Calling it their error puts blame where a fix should be (Solve, no scapegoats).',
    suggestion: 'What happened is …; changing … fixes it.',
  },
  {
    id: 'not-our-fault',
    category: 'blame',
    phrases: [
      'not our fault',
      '[the problem|the issue|this|the error|the fault] is on your [end|side]',
      "[it's|it is|that's|that is] your [responsibility|problem]",
    ],
    benignBefore: UNVERIFIED,
    message: 'Pushing the fault back is a scapegoat; give the cause as facts (Solve, no scapegoats).',
    suggestion: 'The cause is …; here is what fixes it: …',
  },

  // non-apology: respond to the feeling (3), specifically and honestly (8).
  {
    id: 'any-inconvenience',
    category: 'non-apology',
    phrases: [
      '[sorry|apologies|apologize|apologise|regret] [for|about] any [inconvenience|confusion|trouble|frustration|issues|problems]',
      '[sorry|apologies|apologize|apologise|regret] [for|about] the inconvenience',
      'inconvenience [this|that|it|which] [may|might|could] have caused',
      '[any|the] inconvenience caused',
      '[we|I] regret any [inconvenience|confusion|trouble]',
    ],
    message: '"Any inconvenience" sounds like nobody read their message; name what went wrong (Read between the lines).',
    suggestion: "I'm sorry that …; here's what I'm doing about it.",
  },
  {
    id: 'conditional-apology',
    category: 'non-apology',
    phrases: [
      '[sorry|apologies|apologize|apologise] if',
      "[sorry|apologies|apologize|apologise] [you|that you] [feel|felt|think|thought|believe|see it]",
      'sorry to hear you feel',
      'if [any|] offense was taken', 'if you were offended', 'mistakes were made',
    ],
    message: 'Apologising for their feelings, or for what may have happened, is no apology (Solve, no scapegoats).',
    suggestion: "I'm sorry that …; that's on us.",
  },
  {
    id: 'sorry-but',
    category: 'non-apology',
    phrases: [
      "[sorry|apologies] but [that's|that is|it's|it is|this is|there's|there is] [our|the|not|nothing|company|just]",
      "sorry but [we|I] [can't|cannot|won't|don't]",
    ],
    message: '"Sorry, but" takes the apology back; apologise, then give choices (Give choices).',
    suggestion: "I'm sorry; we can't do that, but here is what we can do: …",
  },
];
