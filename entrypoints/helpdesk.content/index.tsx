import '@/assets/sidebar.css';
import { adapterForPage } from '@/lib/adapters/custom-origin';
import { providedAdapter } from '@/lib/adapters/provided-adapter';
import { helpdeskForCustomOrigin } from '@/lib/playbooks/sidebar-settings';
import { HELPDESK_MATCHES } from '@/lib/adapters/matches';
import { loadHandoverKey } from '@/lib/lifecycle/handover-key';
import { followExtensionLifecycle } from '@/lib/lifecycle/sidebar-lifecycle';
import { markSidebarScript } from '@/lib/lifecycle/sidebar-script-mark';
import { isSitePaused, watchSitePaused } from '@/lib/settings/ui-prefs';
import { toolbarReporter } from '@/lib/toolbar/toolbar-messages';
import { pageSidebarWanted, startPageSidebar } from './start-page-sidebar';
import { startSidebar, type RunningSidebar } from './start-sidebar';

// Picks the helpdesk's adapter and runs the sidebar there, unless the agent paused this site.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    // Tells the background, after an update, that this tab already runs the current script.
    markSidebarScript();
    // This page's helpdesk (its adapter script ran just before), on its own domain or on a team's
    // own domain that the agent or a policy added for it.
    const provided = providedAdapter();
    const adapter = provided && (await adapterForPage(provided, new URL(location.href), helpdeskForCustomOrigin));
    // No adapter knows this page: the sidebar runs with the agent's picks if they asked for it here.
    if (!adapter && !(await pageSidebarWanted(location.origin))) return;
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
        running = adapter ? await startSidebar(ctx, adapter, reportToolbar) : await startPageSidebar(ctx, reportToolbar);
      }
    };
    const unwatch = watchSitePaused(location.hostname, (paused) => void apply(paused));
    ctx.onInvalidated(unwatch);
    await apply(await isSitePaused(location.hostname));
  },
});
