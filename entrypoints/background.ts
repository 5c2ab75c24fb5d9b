import { ListenFirstDatabase } from '@/lib/drafts/db';
import { handleDraftMessage } from '@/lib/drafts/message-handler';

// Wiring only: the database lives here, in the extension's own origin.
export default defineBackground(() => {
  const db = new ListenFirstDatabase();
  browser.runtime.onMessage.addListener((message, sender) => handleDraftMessage(db, message, sender, browser.runtime.id));
});
