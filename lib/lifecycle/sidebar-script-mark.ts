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

/** The one call that runs the probe above (stand-ins in tests): `scripting.executeScript`'s shape for it. */
export interface SidebarProbeApis {
  executeScript(details: { target: { tabId: number }; func: (mark: string) => unknown; args: [string] }): Promise<{ result?: unknown }[]>;
}

/** Asked by the background: whether the current sidebar script already runs in the tab's top frame. */
export async function sidebarScriptRunsIn(scripting: SidebarProbeApis, tabId: number): Promise<boolean> {
  const [probe] = await scripting.executeScript({ target: { tabId }, func: sidebarScriptRuns, args: [SIDEBAR_SCRIPT_MARK] });
  return probe?.result === true;
}
