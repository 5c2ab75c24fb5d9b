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
function tabToStart<Type extends string>(
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

/**
 * Answers one start message: refused unless tabToStart accepts it; a second start in a tab while one
 * is under way there is "not started"; `start` does this kind's checks and injections in the named
 * tab, and a browser that refuses any of them is a `browser` failure.
 */
export async function handleTabStart<Type extends string, Code extends string>(
  type: Type,
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  start: (target: { tabId: number }) => Promise<TabStartResponse<Code>>,
): Promise<TabStartResponse<Code>> {
  const named = tabToStart(type, message, sender, extensionId, extensionOrigin);
  if (!named.ok) return named;
  const { target } = named;
  if (startingTabs.has(target.tabId)) return ok({ started: false });
  startingTabs.add(target.tabId);
  try {
    return await start(target);
  } catch (error) {
    return failure('browser', error instanceof Error ? error.message : 'the browser refused');
  } finally {
    startingTabs.delete(target.tabId);
  }
}
