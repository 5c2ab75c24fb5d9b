import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHandoverKey } from '@/lib/lifecycle/handover-key';
import { followExtensionLifecycle } from '@/lib/lifecycle/sidebar-lifecycle';
import { sendToBackground } from '@/lib/messaging/message-map';
import { isSitePaused, watchSitePaused } from '@/lib/settings/ui-prefs';
import type { ToolbarState } from '@/lib/toolbar/toolbar-icons';
import { toolbarReporter } from '@/lib/toolbar/toolbar-messages';
import type { RunningSidebar } from './start-sidebar';

/** Turns the sidebar on and off; `on` while a start is still under way starts nothing more. */
export interface SidebarSwitch {
  on(): Promise<void>;
  off(): void;
}

/**
 * The start guard: starting awaits storage and mounts, and the pause can change meanwhile (the
 * popup, another tab). One start at a time, and a sidebar whose start finishes after it was turned
 * off (or the context went) is stopped at once, so a tab never holds two sidebars.
 */
export function sidebarSwitch(start: () => Promise<RunningSidebar>, isInvalid: () => boolean): SidebarSwitch {
  let running: RunningSidebar | null = null;
  let starting: Promise<void> | null = null;
  let wanted = false;
  return {
    on() {
      wanted = true;
      if (running || isInvalid()) return Promise.resolve();
      starting ??= start().then(
        (started) => {
          starting = null;
          if (wanted && !isInvalid()) running = started;
          else started.stop();
        },
        (error: unknown) => {
          starting = null;
          throw error;
        },
      );
      return starting;
    },
    off() {
      wanted = false;
      running?.stop();
      running = null;
    },
  };
}

/**
 * What both sidebar scripts do around their sidebar (this one on helpdesk pages, page-sidebar.content
 * on pages no adapter knows): take over from an old sidebar after an extension update, follow the
 * toolbar's pause for this site, and start `start` whenever the site is not paused.
 */
export async function runSidebarScript(ctx: ContentScriptContext, start: (reportToolbar: (state: ToolbarState) => void) => Promise<RunningSidebar>): Promise<void> {
  const reportToolbar = toolbarReporter((message) => sendToBackground(message.type, message));
  const sidebar = sidebarSwitch(() => start(reportToolbar), () => ctx.isInvalid);
  // After an extension update: the old sidebar hands over what it holds and steps aside for this one.
  const handoverKey = await loadHandoverKey().catch(() => null);
  if (handoverKey) followExtensionLifecycle(ctx, handoverKey, () => sidebar.off());
  const apply = async (paused: boolean) => {
    if (paused) {
      sidebar.off();
      reportToolbar('paused');
    } else {
      await sidebar.on();
    }
  };
  watchSitePaused(location.hostname, (paused) => void apply(paused), ctx.signal);
  await apply(await isSitePaused(location.hostname));
}
