/**
 * The extension updated or reloaded under open helpdesk tabs. Their content scripts are cut off
 * (every call to the extension throws "Extension context invalidated") and nothing starts new
 * ones until the page reloads. So: before a store update applies, every open sidebar is asked to
 * write what it holds; after an install or update, the sidebar script is injected again into the
 * open helpdesk tabs, where it takes over from the old one (see lib/lifecycle/handover.ts).
 */
import { ensureHandoverKey } from './handover-key';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { PAGE_TICKETS } from '../anysite/page-ticket';
import { listenUntilAborted } from '../lifetimes/browser-event';
import { sendToTab } from '../messaging/message-map';
import { helpdeskSidebarScripts, PAGE_SIDEBAR_SCRIPT } from '../playbooks/registered-scripts';
import { openHelpdeskTabs, type SidebarKind } from './helpdesk-tabs';
import { sidebarScriptRunsIn, type SidebarProbeApis } from './sidebar-script-mark';

/** How long an update waits for open sidebars to write their drafts before it applies anyway. */
export const FLUSH_TIMEOUT_MS = 3_000;

/** Asks every open sidebar to save now; resolves when all answered, or after FLUSH_TIMEOUT_MS. */
export async function flushOpenSidebars(timeoutMs = FLUSH_TIMEOUT_MS): Promise<void> {
  const tabs = await openHelpdeskTabs().catch(() => []);
  // A tab without a sidebar (paused, not a ticket) has nobody to answer: that is an answer too.
  const answers = tabs.map((tab) => sendToTab(tab.id, 'sidebar/flush').catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([Promise.all(answers), timeout]);
  clearTimeout(timer);
}

/** Starts the sidebar script in every open helpdesk tab that lacks it; returns the tabs it started in. */
export async function reinjectSidebars(): Promise<number[]> {
  const tabs = await openHelpdeskTabs().catch(() => []);
  const started = await Promise.all(
    tabs.map(async (tab) => {
      try {
        // A tab opened while the update was installing has the manifest's script already: a second one would replace its sidebar.
        if (await sidebarScriptRunsIn(browser.scripting as unknown as SidebarProbeApis, tab.id)) return null;
        // As its registration runs it (see sidebarFiles).
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: sidebarFiles(tab.helpdesk) });
        return tab.id;
      } catch {
        // A tab that cannot take it (an error page, a discarded tab) keeps its old page.
        return null;
      }
    }),
  );
  return started.filter((id): id is number => id !== null);
}

/**
 * The files a page runs the sidebar from, as its registration lists them: a helpdesk's adapter script
 * then the sidebar script (the build writes every helpdesk's adapter script), or a remembered site's page sidebar.
 */
export function sidebarFiles(kind: SidebarKind): ScriptPublicPath[] {
  const files = kind === PAGE_TICKETS ? [PAGE_SIDEBAR_SCRIPT] : helpdeskSidebarScripts(kind);
  return files.map((file) => `/${file}`) as ScriptPublicPath[];
}

function logFailure(what: string) {
  return (error: unknown) => console.warn(`ListenFirst: ${what} failed`, error);
}

/**
 * Background only, until `signal` aborts; listeners are added synchronously (an MV3 worker is woken
 * by what it listened to at start).
 */
export function startExtensionLifecycle(signal: AbortSignal): void {
  listenUntilAborted(
    browser.runtime.onUpdateAvailable,
    () => {
      void flushOpenSidebars()
        .catch(logFailure('saving open sidebars before the update'))
        .finally(() => browser.runtime.reload());
    },
    signal,
  );
  listenUntilAborted(
    browser.runtime.onInstalled,
    ({ reason }: { reason: string }) => {
      if (reason !== 'install' && reason !== 'update') return;
      void ensureHandoverKey()
        .then(() => reinjectSidebars())
        .catch(logFailure('starting the sidebar in open helpdesk tabs'));
    },
    signal,
  );
}
