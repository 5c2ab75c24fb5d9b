/**
 * "Use ListenFirst on this page": the toolbar popup asks, the background injects the sidebar into
 * that one tab, through `scripting` under the `activeTab` grant the agent's click on the toolbar
 * button gave (no host permission is held, and nothing stays granted once the tab navigates away).
 * The top frame of the named tab only, never another tab or frame; a tab already running the
 * sidebar script is left as it is. Order: the page-mode mark, the editor bridge in the page's
 * world, then the sidebar script, which hands the bridge its key (see bridge-key.ts, `late`).
 */
import type { Runtime } from 'webextension-polyfill';
import { SIDEBAR_SCRIPT_MARK } from '../lifecycle/sidebar-script-mark';
import { EDITOR_BRIDGE_SCRIPT, PAGE_SIDEBAR_SCRIPT } from '../playbooks/registered-scripts';
import { pageOffer } from './page-offer';
import { markPageMode, PAGE_MODE_MARK } from './page-mode';

export interface PageStartMessage {
  type: 'page/start';
  tabId: number;
}

export type PageStartResponse = { ok: true; started: boolean } | { ok: false; error: string };

interface InjectionDetails {
  target: { tabId: number };
  world?: 'MAIN' | 'ISOLATED';
  files?: string[];
  func?: (mark: string) => unknown;
  args?: [string];
}

/** The browser APIs a page start needs (stand-ins in tests). */
export interface PageStartApis {
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  scripting: { executeScript(details: InjectionDetails): Promise<{ result?: unknown }[]> };
}

/** The popup's click: the message its button sends. */
export function pageStartMessage(tabId: number): PageStartMessage {
  return { type: 'page/start', tabId };
}

function parse(message: unknown): PageStartMessage | null {
  const record = message && typeof message === 'object' ? (message as Record<string, unknown>) : {};
  const { type, tabId } = record;
  if (type !== 'page/start' || Object.keys(record).length !== 2 || !Number.isSafeInteger(tabId) || (tabId as number) < 0) return null;
  return { type, tabId: tabId as number };
}

// The tabs a start is under way in: the sidebar script marks its world only once it runs, so a second
// click meanwhile would find no mark and inject a second sidebar.
const startingTabs = new Set<number>();

// Serialised into the tab: no closure.
const sidebarScriptRuns = (mark: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(mark)] === true;

export async function handlePageStartMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  apis: PageStartApis,
): Promise<PageStartResponse> {
  // Only this extension's own pages (the popup): a content script's sender URL is the web page it runs in.
  if (sender.id !== extensionId || !sender.url?.startsWith(extensionOrigin)) return { ok: false, error: "sender is not one of this extension's pages" };
  const parsed = parse(message);
  if (!parsed) return { ok: false, error: "expected { type: 'page/start', tabId: a tab's id }" };
  const target = { tabId: parsed.tabId };
  if (startingTabs.has(parsed.tabId)) return { ok: true, started: false };
  startingTabs.add(parsed.tabId);
  try {
    // Its address is readable only under the click's activeTab grant (or a remembered site's permission).
    const tab = await apis.tabs.get(parsed.tabId);
    const offer = pageOffer(tab.url);
    if (!offer.ok) return { ok: false, error: tab.url ? `ListenFirst is not offered on this page (${offer.reason})` : 'click the toolbar button on the page first' };
    const [probe] = await apis.scripting.executeScript({ target, func: sidebarScriptRuns, args: [SIDEBAR_SCRIPT_MARK] });
    if (probe?.result === true) return { ok: true, started: false };
    await apis.scripting.executeScript({ target, func: markPageMode, args: [PAGE_MODE_MARK] });
    await apis.scripting.executeScript({ target, world: 'MAIN', files: [`/${EDITOR_BRIDGE_SCRIPT}`] });
    await apis.scripting.executeScript({ target, files: [`/${PAGE_SIDEBAR_SCRIPT}`] });
    return { ok: true, started: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'the browser refused' };
  } finally {
    startingTabs.delete(parsed.tabId);
  }
}
