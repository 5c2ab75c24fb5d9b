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

export function onHandover(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
