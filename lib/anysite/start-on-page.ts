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
import { extensionPage } from '../messaging/sender';
import { failure, ok, type Failure, type Ok } from '../result';
import { EDITOR_BRIDGE_SCRIPT, PAGE_SIDEBAR_SCRIPT } from '../playbooks/registered-scripts';
import { pageOffer } from './page-offer';
import { markPageMode, PAGE_MODE_MARK } from './page-mode';

export interface PageStartMessage {
  type: 'page/start';
  tabId: number;
}

export type PageStartResponse = Ok<{ started: boolean }> | Failure<'forbidden' | 'invalid' | 'not-offered' | 'browser'>;

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

function parse(message: unknown): PageStartMessage | null {
  const record = message && typeof message === 'object' ? (message as Record<string, unknown>) : {};
  const { type, tabId } = record;
  if (type !== 'page/start' || Object.keys(record).length !== 2 || !Number.isSafeInteger(tabId) || (tabId as number) < 0) return null;
  return { type, tabId: tabId as number };
}

// Serialised into the tab: no closure.
const sidebarScriptRuns = (mark: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(mark)] === true;

export async function handlePageStartMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  apis: PageStartApis,
): Promise<PageStartResponse> {
  // Only this extension's own pages (the popup).
  const page = extensionPage(sender, extensionId, extensionOrigin);
  if (!page.ok) return page;
  const parsed = parse(message);
  if (!parsed) return failure('invalid', "expected { type: 'page/start', tabId: a tab's id }");
  const target = { tabId: parsed.tabId };
  try {
    // Its address is readable only under the click's activeTab grant (or a remembered site's permission).
    const tab = await apis.tabs.get(parsed.tabId);
    const offer = pageOffer(tab.url);
    if (!offer.ok) return failure('not-offered', tab.url ? `ListenFirst is not offered on this page (${offer.code})` : 'click the toolbar button on the page first');
    const [probe] = await apis.scripting.executeScript({ target, func: sidebarScriptRuns, args: [SIDEBAR_SCRIPT_MARK] });
    if (probe?.result === true) return ok({ started: false });
    await apis.scripting.executeScript({ target, func: markPageMode, args: [PAGE_MODE_MARK] });
    await apis.scripting.executeScript({ target, world: 'MAIN', files: [`/${EDITOR_BRIDGE_SCRIPT}`] });
    await apis.scripting.executeScript({ target, files: [`/${PAGE_SIDEBAR_SCRIPT}`] });
    return ok({ started: true });
  } catch (error) {
    return failure('browser', error instanceof Error ? error.message : 'the browser refused');
  }
}
