/** The public shapes of the listening engine. Category ids are stable: see docs/listening.md. */

export const HINT_CATEGORIES = [
  'overpromise',
  'dismissive',
  'doubting',
  'blame',
  'term-mismatch',
  'non-apology',
  'no-acknowledgement',
  'no-thanks',
  'no-next-step',
  'jargon',
  'shouting',
  'wall-of-text',
] as const;

export type HintCategory = (typeof HINT_CATEGORIES)[number];

/**
 * Categories whose reading of an absence (nothing in the reply says it) shows only where a team
 * playbook, a policy or the agent turns it on (`enabledCategories`); their readings of words show
 * like any other category's. no-next-step: "nothing says what happens now" was wrong about half the
 * time on replies it was never tuned on (13 shown, 8 wrong on the held-aside part after the eighth
 * pass; tests/eval/README.md), and a hint wrong that often teaches agents to skip the others; a
 * promise with no time ("we will be in touch in due course", rules-next-step.ts) shows: right 43
 * times of 44 on the tuned part, 18 of 23 held aside (twentieth pass).
 */
export const OFF_BY_DEFAULT: readonly HintCategory[] = ['no-next-step'];

export interface Hint {
  category: HintCategory;
  /** Stable id of the rule that fired, e.g. `certain-fix`. */
  rule: string;
  /** UTF-16 offsets into the reply: `reply.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** One sentence, tied to a listening principle. */
  message: string;
  /** Better wording, where one can be given. */
  suggestion?: string;
  /** term-mismatch only: the customer's word and the one the reply used. */
  customerTerm?: string;
  usedTerm?: string;
}

/** Team vocabulary: "we say `ours`, customers say `customer`". Literal strings, never patterns. */
export interface TermPair {
  customer: string;
  ours: string;
}

/** Settings that turn on every reading, the absence readings off by default too (`--all-categories`, the hand-written cases). */
export const ALL_CATEGORIES_ON: Readonly<ListeningSettings> = { enabledCategories: [...OFF_BY_DEFAULT] };

/** Whether these settings show a category: not disabled. */
export function isCategoryEnabled(settings: ListeningSettings | undefined, category: HintCategory): boolean {
  return !(settings?.disabledCategories?.includes(category) ?? false);
}

/** Whether these settings show a category's reading of an absence: shown, and turned on where that is off by default. */
export function isAbsenceReadingEnabled(settings: ListeningSettings | undefined, category: HintCategory): boolean {
  if (!isCategoryEnabled(settings, category)) return false;
  return !OFF_BY_DEFAULT.includes(category) || (settings?.enabledCategories?.includes(category) ?? false);
}

export interface ListeningSettings {
  disabledCategories?: HintCategory[];
  /** Categories whose absence reading is off by default (OFF_BY_DEFAULT) with it turned on; disabledCategories still wins. */
  enabledCategories?: HintCategory[];
  termPairs?: TermPair[];
  /** The team's own technical words, flagged like the curated jargon list. Literal strings. */
  jargon?: string[];
}

/**
 * Where the conversation happens. It decides what a complete reply is: a public social reply of
 * 250 characters points somewhere and is not an e-mail, and a chat reply is one turn of many.
 */
export const CHANNELS = ['email', 'web', 'chat', 'messaging', 'social', 'phone', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Other names helpdesks give their channels, as the engine's. */
const CHANNEL_ALIASES: Readonly<Record<string, Channel>> = {
  mobile: 'messaging', sms: 'messaging', whatsapp: 'messaging', twitter: 'social', facebook: 'social', instagram: 'social',
  voice: 'phone', call: 'phone', form: 'web', portal: 'web',
};

/** A helpdesk's channel name as one the engine knows, or undefined for one it does not. */
export function toChannel(name: string | undefined): Channel | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  return (CHANNELS as readonly string[]).includes(lower) ? (lower as Channel) : CHANNEL_ALIASES[lower];
}

export interface AnalysisContext {
  customerMessage?: string;
  /** The ticket's channel, as the helpdesk reports it; unknown when absent. */
  channel?: Channel;
  earlierCustomerMessages?: string[];
  settings?: ListeningSettings;
}

export interface ReplyAnalysis {
  hints: Hint[];
  /** True when the reply was longer than MAX_ANALYZED_CHARS and only its start was read. */
  truncated: boolean;
  analyzedLength: number;
}

export interface KeyTerm {
  term: string;
  /** A quoted message, a code, an amount, a version, the symptom in their words, what they ask for, a time or date, a name, a phrase, a word. */
  kind: 'quoted' | 'code' | 'amount' | 'version' | 'symptom' | 'request' | 'time' | 'product' | 'phrase' | 'word';
}

export interface RestatementCoverage {
  /**
   * How full the restatement is, from 0 to 1: covered terms against `fullAt`; 0 when the customer
   * text has no key terms.
   */
  coverage: number;
  /** How many covered terms make a full restatement: all key terms, or 8 of a longer list. */
  fullAt: number;
  keyTerms: KeyTerm[];
  covered: string[];
  missing: string[];
  /** Key terms the restatement renamed: the customer's word and the one used instead. */
  mismatches: { customer: string; used: string }[];
}

export interface ReplySignals {
  thanks: boolean;
  acknowledgement: boolean;
  nextStep: boolean;
  timeframe: boolean;
  clarifyingQuestion: boolean;
  /** Sends them elsewhere (a form, an article, another team): a next step, if maybe a template. */
  redirect: boolean;
}
