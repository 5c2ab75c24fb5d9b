import '@/assets/sidebar.css';
import { markSidebarScript } from '@/lib/lifecycle/sidebar-script-mark';
import { runSidebarScript } from '../helpdesk.content/run-sidebar-script';
import { pageSidebarWanted, startPageSidebar } from './start-page-sidebar';

// The sidebar on a page no adapter knows, with the agent's picks: injected into one tab from the
// toolbar (lib/anysite/start-on-page.ts) or registered for a remembered site (remembered-sites.ts),
// never from the manifest (registration 'runtime', no match patterns: it grants no host).
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    markSidebarScript();
    if (!(await pageSidebarWanted(location.origin))) return;
    await runSidebarScript(ctx, (reportToolbar) => startPageSidebar(ctx, reportToolbar));
  },
});
