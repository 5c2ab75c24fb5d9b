/**
 * Absence hints: what a complete reply leaves out. They only apply to a reply of at least
 * COMPLETE_REPLY_MIN_WORDS words of the agent's own (quotes and code not counted): a short
 * note ("Done, refunded!") is not a complete answer and owes none of these.
 * They point at no words: start = end = 0 and text is "", the place such a sentence would go.
 */
import type { Hint, HintCategory, ReplySignals } from './types';

export const COMPLETE_REPLY_MIN_WORDS = 40;

const ABSENCE: readonly (Pick<Hint, 'message' | 'suggestion'> & { category: HintCategory; missing: (s: ReplySignals) => boolean })[] = [
  {
    category: 'no-acknowledgement',
    missing: (s) => !s.acknowledgement,
    message: 'Nothing shows you heard what they said or how they feel; restate it in their words (Restate).',
    suggestion: "So what you're seeing is …; I can see how frustrating that is.",
  },
  {
    category: 'no-thanks',
    missing: (s) => !s.thanks,
    message: 'Nothing thanks them for their time or help (Thank them).',
    suggestion: 'Thank you for the details; they really helped.',
  },
  {
    category: 'no-next-step',
    missing: (s) => !s.nextStep && !s.timeframe,
    message: 'No next step and no time for the next update: what happens now? (Advise).',
    suggestion: "Next, I'll … and update you by ….",
  },
];

/**
 * `signals` may already count facts as acknowledgement (the reply repeats the customer's error
 * code or product name): answering what they said is hearing them.
 */
export function absenceHints(
  ownWords: number,
  signals: ReplySignals,
  isEnabled: (category: HintCategory) => boolean,
): Hint[] {
  if (ownWords < COMPLETE_REPLY_MIN_WORDS) return [];
  return ABSENCE.filter((a) => isEnabled(a.category) && a.missing(signals)).map(({ category, message, suggestion }) => ({
    category,
    rule: category,
    start: 0,
    end: 0,
    text: '',
    message,
    ...(suggestion ? { suggestion } : {}),
  }));
}
