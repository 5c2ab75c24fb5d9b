import type { EditorOutcome, SidebarServices } from '@/components/sidebar/TicketPanel';
import type { ReplyEditor, SidebarAdapter } from '@/lib/adapters/types';
import { runEditorOperation } from '@/lib/editor-bridge/client';
import { createWorkerWake, watchWritingIntent } from '@/lib/listening-service/worker-wake';
import { sendToBackground } from '@/lib/messaging/message-map';
import { watchReplySubmit } from '@/lib/page/reply-submit';
import { rememberReplySent, takeReplySent } from '@/lib/page/reply-sent-across-load';
import { failure, ok } from '@/lib/result';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the sidebar can ask of the page and the extension, bound to the page as it is now. */
export function createSidebarServices(
  ctx: ContentScriptContext,
  /** Ends when the sidebar stops (the site paused): its page listeners go with it. */
  signal: AbortSignal,
  adapter: SidebarAdapter,
  currentPage: () => TicketPageState | null,
  refreshPage: () => void,
  /** Whether a node is the sidebar's own (its host: events inside its shadow root land there). */
  isSidebar: (node: Node) => boolean,
): SidebarServices {
  const ticketRoot = () => {
    const ticket = currentPage()?.ticket;
    return ticket ? adapter.findTicketRoot(document, ticket) : null;
  };
  const openReplyBox = () => {
    const root = ticketRoot();
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

  // The helpdesk's own submit, from the agent's own input only (see reply-submit.ts). Remembered for
  // the ticket's next page too, where the helpdesk posts a form (see reply-sent-across-load.ts).
  const submitListeners = new Set<() => void>();
  watchReplySubmit(
    document,
    { submitSelector: adapter.submitSelector, ticketRoot, editorElement: () => currentPage()?.editor?.element ?? null },
    () => {
      const ticket = currentPage()?.ticket;
      if (ticket) rememberReplySent(sessionStorage, ticket.key);
      submitListeners.forEach((listener) => listener());
    },
    AbortSignal.any([signal, ctx.signal]),
  );

  // Focus or a keystroke in the reply or the sidebar starts a worker Chrome stopped while the agent
  // read, ahead of the first reading (see worker-wake.ts).
  const wake = createWorkerWake((message) => sendToBackground(message.type, message));
  const isWritingPlace = (target: EventTarget | null) =>
    target instanceof Node && (isSidebar(target) || Boolean(currentPage()?.editor?.element.contains(target)));
  watchWritingIntent(document, isWritingPlace, () => wake.writing(), AbortSignal.any([signal, ctx.signal]));
  const send: typeof sendToBackground = (type, payload) => {
    wake.contacted();
    return sendToBackground(type, payload);
  };

  return {
    sendDraftMessage: (message) => send(message.type, message),
    analyze: (request) => send(request.type, request),
    openReplyBox,
    onReplySubmit(listener, signal) {
      if (signal.aborted) return;
      submitListeners.add(listener);
      signal.addEventListener('abort', () => submitListeners.delete(listener), { once: true });
      const ticket = currentPage()?.ticket;
      if (ticket && takeReplySent(sessionStorage, ticket.key)) listener();
    },
    async editReply(operation): Promise<EditorOutcome> {
      const page = currentPage();
      if (!page?.editor && (page?.layout === 'reply-closed' || page?.layout === 'writing-note')) openReplyBox();
      const editor = page?.editor ?? (await waitForEditor(3_000));
      if (!editor) return failure('no-editor', "can't find the reply box on this page.");
      const response = await runEditorOperation(editor, operation);
      return response.ok ? ok() : failure(response.code, response.error);
    },
  };
}
