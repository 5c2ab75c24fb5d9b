/**
 * The drafts the sidebar has open in this tab (one per mounted ticket panel), for the extension's
 * lifecycle: written at once before an update applies, and handed to the next sidebar when this
 * one is cut off from the extension.
 */
import type { DraftContent } from '../drafts/draft-sync';

export interface OpenDraft {
  ticketKey: string;
  /** What the agent has now, saved or not. */
  content(): DraftContent;
  /** Writes what is pending now. */
  flush(): Promise<void>;
}

const open = new Set<OpenDraft>();

/** Registers an open draft until `signal` aborts. */
export function trackOpenDraft(draft: OpenDraft, signal: AbortSignal): void {
  if (signal.aborted) return;
  open.add(draft);
  signal.addEventListener('abort', () => open.delete(draft), { once: true });
}

export async function flushOpenDrafts(): Promise<void> {
  await Promise.all([...open].map((draft) => draft.flush()));
}

export function openDraftContents(): { ticketKey: string; content: DraftContent }[] {
  return [...open].map((draft) => ({ ticketKey: draft.ticketKey, content: { ...draft.content() } }));
}
