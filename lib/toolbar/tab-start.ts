/**
 * What the toolbar popup's two "start the sidebar in this tab" messages share: "Use ListenFirst on
 * this page" (lib/anysite/start-on-page.ts) and "Turn on ListenFirst for <helpdesk>"
 * (helpdesk-start.ts). Each names one tab; only this extension's own pages may send them, and the
 * background injects into that tab's top frame only.
 */
import type { Runtime } from 'webextension-polyfill';
import { extensionPage } from '../messaging/sender';
import { failure, ok, type Failure, type Ok } from '../result';

export interface TabStartMessage<Type extends string> {
  type: Type;
  tabId: number;
}

/** `Code`: the reasons a start of this kind has beyond a refused message and a browser that refused. */
export type TabStartResponse<Code extends string = never> = Ok<{ started: boolean }> | Failure<'forbidden' | 'invalid' | 'browser' | Code>;

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
): Ok<{ target: { tabId: number } }> | Failure<'forbidden' | 'invalid'> {
  // Only this extension's own pages (the popup).
  const page = extensionPage(sender, extensionId, extensionOrigin);
  if (!page.ok) return page;
  const record = message && typeof message === 'object' ? (message as Record<string, unknown>) : {};
  const { tabId } = record;
  if (record.type !== type || Object.keys(record).length !== 2 || !Number.isSafeInteger(tabId) || (tabId as number) < 0) {
    return failure('invalid', `expected { type: '${type}', tabId: a tab's id }`);
  }
  return ok({ target: { tabId: tabId as number } });
}

// The tabs a start is under way in: the sidebar script marks its world only once it runs, so a second
// click meanwhile would find no mark and inject a second sidebar.
const startingTabs = new Set<number>();

/** Runs `start` for the tab unless a start is already under way there; a second one meanwhile is "not started". */
export async function startOnce<Code extends string>(tabId: number, start: () => Promise<TabStartResponse<Code>>): Promise<TabStartResponse<Code>> {
  if (startingTabs.has(tabId)) return ok({ started: false });
  startingTabs.add(tabId);
  try {
    return await start();
  } finally {
    startingTabs.delete(tabId);
  }
}
