import { PagePicks } from '@/components/sidebar/PagePicks';
import { pageAdapter } from '@/lib/anysite/page-adapter';
import { pageModeMarked, pageSiteOrigins } from '@/lib/anysite/page-mode';
import { watchPagePicks } from '@/lib/anysite/page-picks';
import { handKeyToBridge, sessionBridgeKey } from '@/lib/editor-bridge/bridge-key';
import type { ToolbarState } from '@/lib/toolbar/toolbar-icons';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSidebar, type RunningSidebar } from '../helpdesk.content/start-sidebar';

const SIDEBAR_HOST = 'listen-first-sidebar';

/** On a page no adapter knows: only when the agent started it here, or remembered the site (see page-mode.ts). */
export async function pageSidebarWanted(origin: string): Promise<boolean> {
  return pageModeMarked() || (await pageSiteOrigins.get().catch((): string[] => [])).includes(origin);
}

/** The sidebar on a page no adapter knows, with what the agent picked there above the ticket. */
export async function startPageSidebar(ctx: ContentScriptContext, reportToolbar: (state: ToolbarState) => void): Promise<RunningSidebar> {
  // Injected on the agent's click into a page already open: the bridge came just before us (start-on-page.ts).
  if (!sessionBridgeKey() && pageModeMarked()) handKeyToBridge(document, crypto, { late: true });
  const lifetime = new AbortController();
  const signal = AbortSignal.any([ctx.signal, lifetime.signal]);
  const isSidebar = (node: Node) => Boolean((node instanceof Element ? node : node.parentElement)?.closest(SIDEBAR_HOST));
  const picks = await watchPagePicks(document, isSidebar, signal);
  const running = await startSidebar(ctx, pageAdapter(picks), reportToolbar, {
    intro: (page) => <PagePicks page={page} picks={picks} url={new URL(location.href)} />,
  });
  picks.onChange(() => running.refresh());
  return {
    stop() {
      lifetime.abort();
      running.stop();
    },
    refresh: running.refresh,
  };
}
