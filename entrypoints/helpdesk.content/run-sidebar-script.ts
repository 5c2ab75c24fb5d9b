import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHandoverKey } from '@/lib/lifecycle/handover-key';
import { followExtensionLifecycle } from '@/lib/lifecycle/sidebar-lifecycle';
import { isSitePaused, watchSitePaused } from '@/lib/settings/ui-prefs';
import type { ToolbarState } from '@/lib/toolbar/toolbar-icons';
import { toolbarReporter } from '@/lib/toolbar/toolbar-messages';
import type { RunningSidebar } from './start-sidebar';

/**
 * What both sidebar scripts do around their sidebar (this one on helpdesk pages, page-sidebar.content
 * on pages no adapter knows): take over from an old sidebar after an extension update, follow the
 * toolbar's pause for this site, and start `start` whenever the site is not paused.
 */
export async function runSidebarScript(ctx: ContentScriptContext, start: (reportToolbar: (state: ToolbarState) => void) => Promise<RunningSidebar>): Promise<void> {
  let running: RunningSidebar | null = null;
  // After an extension update: the old sidebar hands over what it holds and steps aside for this one.
  const handoverKey = await loadHandoverKey().catch(() => null);
  if (handoverKey) {
    followExtensionLifecycle(ctx, handoverKey, () => {
      running?.stop();
      running = null;
    });
  }
  const reportToolbar = toolbarReporter((message) => browser.runtime.sendMessage(message));
  const apply = async (paused: boolean) => {
    if (paused) {
      running?.stop();
      running = null;
      reportToolbar('paused');
    } else if (!running && !ctx.isInvalid) {
      running = await start(reportToolbar);
    }
  };
  watchSitePaused(location.hostname, (paused) => void apply(paused), ctx.signal);
  await apply(await isSitePaused(location.hostname));
}
