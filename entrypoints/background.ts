import { ListenFirstDatabase } from '@/lib/drafts/db';
import type { PageStartApis } from '@/lib/anysite/start-on-page';
import { backgroundHandlers, routeBackgroundMessage } from '@/lib/messaging/background-handlers';
import { sendToTab } from '@/lib/messaging/message-map';
import { startExtensionLifecycle } from '@/lib/lifecycle/extension-update';
import { scheduleDraftRetention } from '@/lib/drafts/retention';
import { listRememberedHelpdeskOrigins, loadRetentionDays, watchSettingsChanges } from '@/lib/playbooks';
import { startPlaybookTasks } from '@/lib/playbooks/background-tasks';
import { publishSettingsSnapshot } from '@/lib/playbooks/settings-snapshot';
import { startRememberedSites } from '@/lib/anysite/background-wiring';
import { browserHelpdeskStartApis } from '@/lib/toolbar/helpdesk-start';

// Wiring only: the database lives here, in the extension's own origin.
export default defineBackground(() => {
  // What the background starts lives as long as its worker: nothing aborts this (see docs/lifetimes.md).
  const lifetime = new AbortController().signal;
  const db = new ListenFirstDatabase(undefined, { configuredOrigins: listRememberedHelpdeskOrigins });
  // One handler per message type in lib/messaging/message-map.ts; each checks its sender and payload.
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const handlers = backgroundHandlers({
    db,
    extensionId: extension.id,
    extensionOrigin: extension.origin,
    customOrigins: listRememberedHelpdeskOrigins,
    toolbar: browser.action,
    pageStart: browser as unknown as PageStartApis,
    helpdeskStart: browserHelpdeskStartApis(),
  });
  browser.runtime.onMessage.addListener((message, sender) => routeBackgroundMessage(handlers, message, sender, extension));
  // Drafts past their retention period (policy > team playbook > the agent's choice) go at startup
  // and every six hours (listener added synchronously).
  scheduleDraftRetention(db, { read: loadRetentionDays, watch: watchSettingsChanges }, lifetime);
  startPlaybookTasks(lifetime);
  // Sites no adapter knows that the agent remembered or the team lists: the sidebar's scripts there.
  startRememberedSites(lifetime);
  // Updates and reloads: open sidebars save first, and start again in open helpdesk tabs after.
  startExtensionLifecycle(lifetime);
  // Content scripts read the resolved settings from here rather than validating playbooks themselves.
  publishSettingsSnapshot((error) => console.warn('ListenFirst: publishing settings failed', error), lifetime);

  // The keyboard shortcut (configurable at chrome://extensions/shortcuts) toggles the sidebar in the active tab.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined) return;
    // A tab without our content script (not a helpdesk) has nobody to answer: nothing to toggle.
    await sendToTab(target.id, 'sidebar/toggle').catch(() => undefined);
  });
});
