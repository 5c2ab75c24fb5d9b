/**
 * What the toolbar popup's two "start the sidebar in this tab" messages share: "Use ListenFirst on
 * this page" (lib/anysite/start-on-page.ts) and "Turn on ListenFirst for <helpdesk>"
 * (helpdesk-start.ts). Each names one tab; only this extension's own pages may send them, and the
 * background injects into that tab's top frame only.
 */
import type { Runtime } from 'webextension-polyfill';

export interface TabStartMessage<Type extends string> {
  type: Type;
  tabId: number;
}

export type TabStartResponse = { ok: true; started: boolean } | { ok: false; error: string };

export interface InjectionDetails {
  target: { tabId: number };
  world?: 'MAIN' | 'ISOLATED';
  files?: string[];
  func?: (mark: string) => unknown;
  args?: [string];
}

/** The browser APIs an injection into a named tab needs (stand-ins in tests). */
export interface TabInjectionApis {
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  scripting: { executeScript(details: InjectionDetails): Promise<{ result?: unknown }[]> };
}

/** The tab a start message names, or why it is refused: sent by another than this extension's pages, or malformed. */
export function tabToStart<Type extends string>(
  type: Type,
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): { ok: true; target: { tabId: number } } | { ok: false; error: string } {
  // Only this extension's own pages (the popup): a content script's sender URL is the web page it runs in.
  if (sender.id !== extensionId || !sender.url?.startsWith(extensionOrigin)) return { ok: false, error: "sender is not one of this extension's pages" };
  const record = message && typeof message === 'object' ? (message as Record<string, unknown>) : {};
  const { tabId } = record;
  if (record.type !== type || Object.keys(record).length !== 2 || !Number.isSafeInteger(tabId) || (tabId as number) < 0) {
    return { ok: false, error: `expected { type: '${type}', tabId: a tab's id }` };
  }
  return { ok: true, target: { tabId: tabId as number } };
}

// The tabs a start is under way in: the sidebar script marks its world only once it runs, so a second
// click meanwhile would find no mark and inject a second sidebar.
const startingTabs = new Set<number>();

/** Runs `start` for the tab unless a start is already under way there; a second one meanwhile is "not started". */
export async function startOnce(tabId: number, start: () => Promise<TabStartResponse>): Promise<TabStartResponse> {
  if (startingTabs.has(tabId)) return { ok: true, started: false };
  startingTabs.add(tabId);
  try {
    return await start();
  } finally {
    startingTabs.delete(tabId);
  }
}
