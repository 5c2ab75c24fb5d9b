/**
 * All phrase rules, by category. Adding a hint is adding a row to one of these files; the engine
 * that runs them (rule-engine.ts) does not change.
 */
import type { PhraseRule } from './phrase-rule';
import { DISMISSIVE_RULES } from './rules-dismissive';
import { DOUBTING_AND_BLAME_RULES } from './rules-doubting-blame';
import { NEXT_STEP_RULES } from './rules-next-step';
import { NON_APOLOGY_RULES } from './rules-non-apology';
import { OVERPROMISE_RULES } from './rules-overpromise';

export { NEGATIONS, NOT_CONDITIONING, NOT_NEGATING, type PhraseCategory, type PhraseRule } from './phrase-rule';

export const PHRASE_RULES: readonly PhraseRule[] = [
  ...OVERPROMISE_RULES,
  ...DISMISSIVE_RULES,
  ...DOUBTING_AND_BLAME_RULES,
  ...NON_APOLOGY_RULES,
  ...NEXT_STEP_RULES,
];
