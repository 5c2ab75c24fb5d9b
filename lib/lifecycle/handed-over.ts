/**
 * In the new sidebar script: what the old one handed over after an extension update, until each
 * ticket's panel takes its draft, and whether an old sidebar stepped aside at all (the agent is
 * told so).
 */
import type { Handover, HandedOverDraft } from './handover';

const drafts = new Map<string, HandedOverDraft>();
const listeners = new Set<() => void>();
let steppedAside = false;

export function receiveHandover(handover: Handover): void {
  steppedAside = true;
  for (const draft of handover.drafts) drafts.set(draft.ticketKey, draft);
  listeners.forEach((listener) => listener());
}

/** The old sidebar's text for this ticket, once: the caller puts it back in the draft. */
export function takeHandedOverDraft(ticketKey: string): HandedOverDraft | null {
  const draft = drafts.get(ticketKey) ?? null;
  drafts.delete(ticketKey);
  return draft;
}

export function oldSidebarSteppedAside(): boolean {
  return steppedAside;
}

/** Calls back on every hand-over until `signal` aborts. */
export function onHandover(listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}
