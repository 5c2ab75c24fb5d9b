/** The listening engine: pure analysis of a reply and a restatement. Strings in, data out. */
export { analyzeReply } from './analyze-reply';
export { restatementCoverage } from './restatement-coverage';
export { extractKeyTerms } from './key-terms';
export { replySignals } from './reply-signals';
export { prepareLexicon } from './lexicon';
export { MAX_ANALYZED_CHARS } from './input-cap';
export { BARE_TURN_MAX_WORDS, COMPLETE_REPLY_MIN_WORDS } from './absence';
export { LONG_SENTENCE_WORDS, LONG_PARAGRAPH_WORDS, PARAGRAPH_SENTENCE_WORDS } from './wall-of-text';
export { ALL_CATEGORIES_ON, CHANNELS, HINT_CATEGORIES, isAbsenceReadingEnabled, isCategoryEnabled, OFF_BY_DEFAULT, toChannel } from './types';
export type {
  AnalysisContext,
  Channel,
  Hint,
  HintCategory,
  KeyTerm,
  ListeningSettings,
  ReplyAnalysis,
  ReplySignals,
  RestatementCoverage,
  TermPair,
} from './types';
