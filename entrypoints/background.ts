import { ListenFirstDatabase } from '@/lib/drafts/db';
import { handleDraftMessage } from '@/lib/drafts/message-handler';
import { scheduleDraftRetention } from '@/lib/drafts/retention';
import { startPlaybookTasks } from '@/lib/playbooks/background-tasks';

// Wiring only: the database lives here, in the extension's own origin.
export default defineBackground(() => {
  const db = new ListenFirstDatabase();
  browser.runtime.onMessage.addListener((message, sender) => handleDraftMessage(db, message, sender, browser.runtime.id));
  // Drafts past their retention period go at startup and every six hours (listener added synchronously).
  scheduleDraftRetention(db);
  startPlaybookTasks();

  // The keyboard shortcut (configurable at chrome://extensions/shortcuts) toggles the sidebar in the active tab.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined) return;
    // A tab without our content script (not a helpdesk) has nobody to answer: nothing to toggle.
    await browser.tabs.sendMessage(target.id, { type: 'sidebar/toggle' }).catch(() => undefined);
  });
});
