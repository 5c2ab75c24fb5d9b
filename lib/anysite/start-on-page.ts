/**
 * "Use ListenFirst on this page": the toolbar popup asks, the background injects the sidebar into
 * that one tab, through `scripting` under the `activeTab` grant the agent's click on the toolbar
 * button gave (no host permission is held, and nothing stays granted once the tab navigates away).
 * The top frame of the named tab only, never another tab or frame; a tab already running the
 * sidebar script is left as it is. Order: the page-mode mark, the editor bridge in the page's
 * world, then the sidebar script, which hands the bridge its key (see bridge-key.ts, `late`).
 */
import type { Runtime } from 'webextension-polyfill';
import { sidebarScriptRunsIn } from '../lifecycle/sidebar-script-mark';
import { EDITOR_BRIDGE_SCRIPT, PAGE_SIDEBAR_SCRIPT } from '../playbooks/registered-scripts';
import { failure, ok } from '../result';
import { handleTabStart, type TabInjectionApis, type TabStartMessage, type TabStartResponse } from '../toolbar/tab-start';
import { pageOffer } from './page-offer';
import { markPageMode, PAGE_MODE_MARK } from './page-mode';

export type PageStartMessage = TabStartMessage<'page/start'>;

export type PageStartResponse = TabStartResponse<'not-offered'>;

/** The browser APIs a page start needs (stand-ins in tests). */
export type PageStartApis = TabInjectionApis;

export async function handlePageStartMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  apis: PageStartApis,
): Promise<PageStartResponse> {
  return handleTabStart('page/start', message, sender, extensionId, extensionOrigin, async (target): Promise<PageStartResponse> => {
    // Its address is readable only under the click's activeTab grant (or a remembered site's permission).
    const { url } = await apis.tabs.get(target.tabId);
    const offer = pageOffer(url);
    if (!offer.ok) return failure('not-offered', url ? `ListenFirst is not offered on this page (${offer.code})` : 'click the toolbar button on the page first');
    if (await sidebarScriptRunsIn(apis.scripting, target.tabId)) return ok({ started: false });
    await apis.scripting.executeScript({ target, func: markPageMode, args: [PAGE_MODE_MARK] });
    await apis.scripting.executeScript({ target, world: 'MAIN', files: [`/${EDITOR_BRIDGE_SCRIPT}`] });
    await apis.scripting.executeScript({ target, files: [`/${PAGE_SIDEBAR_SCRIPT}`] });
    return ok({ started: true });
  });
}
