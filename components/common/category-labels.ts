import type { HintCategory } from '@/lib/listening/types';

/** How each hint category is named to agents (the ids themselves are stable API). */
export const CATEGORY_LABELS: Record<HintCategory, string> = {
  overpromise: 'Over-promising',
  dismissive: 'Dismissive wording',
  doubting: "Doubting the customer's account",
  blame: 'Blaming the customer',
  'term-mismatch': "Renaming the customer's terms",
  'non-apology': 'Non-apologies',
  'no-acknowledgement': 'No acknowledgement',
  'no-thanks': 'No thank-you',
  'no-next-step': 'No next step',
  jargon: 'Jargon',
  shouting: 'Shouting',
  'wall-of-text': 'Walls of text',
};

/** How each absence reading off by default (OFF_BY_DEFAULT) is named: what it adds to its category. */
export const ABSENCE_READING_LABELS: Partial<Record<HintCategory, string>> = {
  'no-next-step': 'Also when nothing in the reply says what happens next',
};
