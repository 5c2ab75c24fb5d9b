import type { InsertOutcome, SidebarServices } from '@/components/TicketPanel';
import type { HelpdeskAdapter, ReplyEditor } from '@/lib/adapters/types';
import { runEditorOperation } from '@/lib/editor-bridge/client';
import type { InsertPosition } from '@/lib/editor-bridge/protocol';
import type { DraftResponse } from '@/lib/messaging/messages';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the sidebar can ask of the page and the extension, bound to the page as it is now. */
export function createSidebarServices(
  ctx: ContentScriptContext,
  adapter: HelpdeskAdapter,
  currentPage: () => TicketPageState | null,
  refreshPage: () => void,
): SidebarServices {
  const openReplyBox = () => {
    const ticket = currentPage()?.ticket;
    const root = ticket ? adapter.findTicketRoot(document, ticket) : null;
    (root && adapter.findReplyOpener?.(root))?.click();
  };

  const waitForEditor = async (timeoutMs: number): Promise<ReplyEditor | null> => {
    const until = Date.now() + timeoutMs;
    while (!currentPage()?.editor && Date.now() < until && !ctx.isInvalid) {
      await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 50));
      refreshPage();
    }
    return currentPage()?.editor ?? null;
  };

  const insert = async (text: string, at: InsertPosition): Promise<InsertOutcome> => {
    const page = currentPage();
    if (!page?.editor && page?.layout === 'reply-closed') openReplyBox();
    const editor = page?.editor ?? (await waitForEditor(3_000));
    if (!editor) return { ok: false, error: "can't find the reply box on this page." };
    const response = await runEditorOperation(editor, { op: 'insert', text, at });
    return response.ok ? { ok: true } : { ok: false, error: response.error ?? 'the reply editor refused the text.' };
  };

  return {
    sendDraftMessage: (message) => browser.runtime.sendMessage(message) as Promise<DraftResponse>,
    openReplyBox,
    insertAtTopOfReply: (text) => insert(text, 'start'),
  };
}
