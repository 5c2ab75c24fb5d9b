import { render } from 'preact';
import '@/assets/sidebar.css';
import { Sidebar } from '@/components/Sidebar';
import type { InsertOutcome, SidebarServices } from '@/components/TicketPanel';
import { adapterForUrl } from '@/lib/adapters';
import { HELPDESK_MATCHES } from '@/lib/adapters/matches';
import { insertIntoEditor } from '@/lib/editor-bridge/client';
import type { DraftResponse } from '@/lib/messaging/messages';
import { dockSidebar } from '@/lib/page/dock';
import { watchTicketPage, type TicketPageState } from '@/lib/page/ticket-page-watcher';

// Picks the helpdesk's adapter, follows the page, and mounts the sidebar while a ticket is open.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForUrl(new URL(location.href));
    if (!adapter) return;
    let undock: (() => void) | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'listen-first-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Open so tests and teams' QA automation can reach it; nothing secret lives in this DOM.
      mode: 'open',
      // The helpdesk's keyboard shortcuts must not see keystrokes typed in the sidebar.
      isolateEvents: true,
      onMount(container, _shadow, host) {
        undock = dockSidebar(host, document);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
        undock?.();
        undock = null;
      },
    });

    let page: TicketPageState | null = null;
    const waitForEditor = async (timeoutMs: number) => {
      const until = Date.now() + timeoutMs;
      while (!page?.editor && Date.now() < until && !ctx.isInvalid) {
        await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 50));
        watcher.refresh();
      }
      return page?.editor ?? null;
    };
    const openReplyBox = () => {
      const ticket = page?.ticket;
      const root = ticket ? adapter.findTicketRoot(document, ticket) : null;
      (root && adapter.findReplyOpener?.(root))?.click();
    };
    const services: SidebarServices = {
      sendDraftMessage: (message) => browser.runtime.sendMessage(message) as Promise<DraftResponse>,
      openReplyBox,
      async insertAtTopOfReply(text): Promise<InsertOutcome> {
        if (!page?.editor && page?.layout === 'reply-closed') openReplyBox();
        const editor = page?.editor ?? (await waitForEditor(3_000));
        if (!editor) return { ok: false, error: "can't find the reply box on this page." };
        const response = await insertIntoEditor(editor, text, 'start');
        return response.ok ? { ok: true } : { ok: false, error: response.error ?? 'the reply editor refused the text.' };
      },
    };

    const watcher = watchTicketPage({
      adapter,
      win: window,
      signal: ctx.signal,
      ignore: (node) => ui.shadowHost.contains(node),
      onChange(state) {
        page = state;
        if (!state) {
          if (ui.mounted !== undefined) ui.remove();
          return;
        }
        if (ui.mounted === undefined) ui.mount();
        render(<Sidebar page={state} helpdeskLabel={adapter.label} services={services} />, ui.uiContainer);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => watcher.refresh(), 0));
  },
});
