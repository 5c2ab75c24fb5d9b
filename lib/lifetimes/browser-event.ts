/**
 * A browser event listener owned by an AbortSignal (see docs/lifetimes.md): added now, removed when
 * the signal aborts, never added once it has.
 */
export interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export function listenUntilAborted<L>(event: BrowserEvent<L>, listener: L, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
