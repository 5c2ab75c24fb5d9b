import '@/assets/sidebar.css';
import { adapterForPage } from '@/lib/adapters/custom-origin';
import { HELPDESK_MATCHES } from '@/lib/adapters/matches';
import { providedAdapter } from '@/lib/adapters/provided-adapter';
import { markSidebarScript } from '@/lib/lifecycle/sidebar-script-mark';
import { helpdeskForCustomOrigin } from '@/lib/playbooks/sidebar-settings';
import { runSidebarScript } from './run-sidebar-script';
import { startSidebar } from './start-sidebar';

// Runs the sidebar with this page's helpdesk adapter, unless the agent paused this site. Pages no
// adapter knows get the page sidebar instead (entrypoints/page-sidebar.content), a script of its own
// so helpdesk pages don't load its picking code.
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
    if (!adapter) return;
    await runSidebarScript(ctx, (reportToolbar) => startSidebar(ctx, adapter, reportToolbar));
  },
});
