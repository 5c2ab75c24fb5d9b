/**
 * Checklist items that tick themselves when the reply or restatement shows them done. An automatic
 * tick is marked `auto` and goes away again if the evidence does; anything the agent ticked or
 * unticked by hand is theirs, and never touched again.
 */
import type { ChecklistState } from '../messaging/messages';
import type { AutoCheck, ChecklistItem } from '../playbooks/checklist';
import type { ReplySignals, RestatementCoverage } from '../listening/types';

/** Good coverage: at least half of a full restatement (see RestatementCoverage.fullAt), in a few words. */
export const RESTATED_MIN_COVERAGE = 0.5;
export const RESTATED_MIN_WORDS = 4;

export function evidenceFor(signals: ReplySignals, restatement: string, coverage: RestatementCoverage): Record<AutoCheck, boolean> {
  const words = restatement.trim().split(/\s+/).filter(Boolean).length;
  const restated =
    words >= RESTATED_MIN_WORDS && (coverage.keyTerms.length === 0 ? words >= 8 : coverage.coverage >= RESTATED_MIN_COVERAGE);
  return {
    restated,
    'clarifying-question': signals.clarifyingQuestion,
    'next-step': signals.nextStep && signals.timeframe,
    thanked: signals.thanks,
  };
}

/** The checklist with automatic ticks brought up to date; the same object when nothing changed. */
export function applyAutoTicks(items: readonly ChecklistItem[], state: ChecklistState, evidence: Record<AutoCheck, boolean>): ChecklistState {
  let next: ChecklistState | null = null;
  for (const item of items) {
    if (!item.autoCheck) continue;
    const mark = state[item.id];
    if (mark && !mark.auto) continue; // the agent decided
    const shown = evidence[item.autoCheck];
    if (shown === Boolean(mark?.done)) continue;
    next ??= { ...state };
    if (shown) next[item.id] = { done: true, auto: true };
    else delete next[item.id];
  }
  return next ?? state;
}
