/**
 * The sidebar script marks the content scripts' world it runs in. That world is new after every
 * extension reload, so the background can tell a tab running the current script (leave it) from
 * one with only a cut-off script from before (start a new one): see reinjectSidebars.
 */
export const SIDEBAR_SCRIPT_MARK = 'listenfirst.sidebar-script';

export function markSidebarScript(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(SIDEBAR_SCRIPT_MARK)] = true;
}

/** Run by the background in a tab (self-contained: it is serialised): whether the current sidebar script runs there. */
export function sidebarScriptRuns(mark: string): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(mark)] === true;
}
