import { ListenFirstDatabase } from '@/lib/drafts/db';
import { handleDraftMessage } from '@/lib/drafts/message-handler';
import { handleListeningMessage, handleListeningWake } from '@/lib/listening-service/handler';
import { isListeningMessage, isListeningWake } from '@/lib/listening-service/messages';
import { hasTypePrefix } from '@/lib/messaging/message-type';
import { startExtensionLifecycle } from '@/lib/lifecycle/extension-update';
import { scheduleDraftRetention } from '@/lib/drafts/retention';
import { listRememberedHelpdeskOrigins, loadRetentionDays, watchSettingsChanges } from '@/lib/playbooks';
import { startPlaybookTasks } from '@/lib/playbooks/background-tasks';
import { publishSettingsSnapshot } from '@/lib/playbooks/settings-snapshot';
import { handleToolbarMessage } from '@/lib/toolbar/toolbar-messages';
import { handlePageMessage, startRememberedSites } from '@/lib/anysite/background-wiring';
import { handleHelpdeskMessage } from '@/lib/toolbar/helpdesk-start';

/** Draft messages (content scripts) and storage messages (extension pages). */
const isDraftsMessage = (message: unknown) => hasTypePrefix(message, 'draft/', 'storage/');

// Wiring only: the database lives here, in the extension's own origin.
export default defineBackground(() => {
  // What the background starts lives as long as its worker: nothing aborts this (see docs/lifetimes.md).
  const lifetime = new AbortController().signal;
  const db = new ListenFirstDatabase(undefined, { configuredOrigins: listRememberedHelpdeskOrigins });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isDraftsMessage(message)) return handleDraftMessage(db, message, sender, browser.runtime.id, undefined, listRememberedHelpdeskOrigins);
    // The listening engine runs here, off the helpdesk page's main thread.
    if (isListeningWake(message)) return Promise.resolve(handleListeningWake(message, sender, browser.runtime.id));
    if (isListeningMessage(message)) return Promise.resolve(handleListeningMessage(message, sender, browser.runtime.id));
    // The helpdesk tab's toolbar button: active on a ticket, paused for the site, or not a ticket page.
    if (hasTypePrefix(message, 'toolbar/')) return handleToolbarMessage(message, sender, browser.runtime.id, browser.action);
    // "Use ListenFirst on this page", from the toolbar popup: the sidebar injected into that tab only.
    if (hasTypePrefix(message, 'page/')) return handlePageMessage(message, sender);
    // "Turn on ListenFirst for <helpdesk>", from the toolbar popup: the sidebar started in that tab now.
    if (hasTypePrefix(message, 'helpdesk/')) return handleHelpdeskMessage(message, sender);
    return undefined;
  });
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
    await browser.tabs.sendMessage(target.id, { type: 'sidebar/toggle' }).catch(() => undefined);
  });
});
