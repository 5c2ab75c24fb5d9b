import { render, type ComponentChildren } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { SidebarAdapter } from '@/lib/adapters/types';
import type { TabAnswer, TabMessageType } from '@/lib/messaging/message-map';
import { parseTabMessage } from '@/lib/messaging/tab-messages';
import { dockSidebar, type Dock } from '@/lib/page/dock';
import { detectPageTheme } from '@/lib/page/page-theme';
import { watchTicketPage, type TicketPageState } from '@/lib/page/ticket-page-watcher';
import { clampWidth, loadSidebarPrefs, saveSidebarPrefs, watchSidebarPrefs, type SidebarPrefs } from '@/lib/settings/ui-prefs';
import { loadSettingsSnapshot, settingsForTicket, watchSettingsSnapshot, type SidebarSettingsForTicket } from '@/lib/playbooks/sidebar-settings';
import type { SidebarSettings } from '@/components/sidebar/TicketPanel';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToolbarState } from '@/lib/toolbar/toolbar-icons';
import { flushOpenDrafts } from '@/lib/lifecycle/open-drafts';
import { listenUntilAborted } from '@/lib/lifetimes/browser-event';
import { createSidebarHost } from './sidebar-host';
import { createSidebarServices } from './sidebar-services';

export interface RunningSidebar {
  stop(): void;
  /** Reads the page again now (the agent picked something on a page no adapter knows). */
  refresh(): void;
}

/** A page no adapter knows: what the agent picked there, shown above the ticket. */
export interface PageSidebarParts {
  intro(page: TicketPageState): ComponentChildren;
}

const COLLAPSED_WIDTH_PX = 32;

/** Follows the page and keeps the sidebar mounted beside the open ticket, until stopped. */
export async function startSidebar(
  ctx: ContentScriptContext,
  adapter: SidebarAdapter,
  /** The toolbar button follows the sidebar: active while it shows a ticket. */
  reportToolbar: (state: ToolbarState) => void,
  pageParts?: PageSidebarParts,
): Promise<RunningSidebar> {
  const lifetime = new AbortController();
  const signal = AbortSignal.any([ctx.signal, lifetime.signal]);
  let prefs = await loadSidebarPrefs(adapter.id);
  // Team playbook, policy and the agent's own choices, resolved for this helpdesk and the open
  // ticket's tags and channel (they choose the checklist), kept while neither changes.
  let snapshot = await loadSettingsSnapshot();
  type Chosen = { snapshot: unknown; context: string; effective: SidebarSettingsForTicket; settings: SidebarSettings };
  let chosen: Chosen | null = null;
  const settingsFor = (state: TicketPageState): Chosen => {
    const context = { helpdesk: adapter.id, tags: state.tags, channel: state.channel };
    const contextKey = JSON.stringify([context.tags, context.channel]);
    if (!chosen || chosen.snapshot !== snapshot || chosen.context !== contextKey) {
      const effective = settingsForTicket(snapshot, context);
      chosen = { snapshot, context: contextKey, effective, settings: toSettings(effective) };
    }
    return chosen;
  };
  const toSettings = (effective: SidebarSettingsForTicket): SidebarSettings => ({
    checklist: effective.checklist,
    checklistName: effective.checklistName,
    disabledCategories: effective.disabledCategories,
    enabledCategories: effective.enabledCategories,
    termPairs: effective.termPairs,
    jargon: effective.jargon,
    restatementPrefix: effective.restatementPrefix,
  });
  let page: TicketPageState | null = null;
  let dock: Dock | null = null;

  const ui = await createSidebarHost(ctx, {
    name: 'listen-first-sidebar',
    onMount(host) {
      applyTheme();
      dock = dockSidebar(host, document, dockedWidth());
    },
    onRemove(container) {
      render(null, container);
      dock?.undock();
      dock = null;
    },
  });

  const applyTheme = () => ui.host.setAttribute('data-theme', detectPageTheme(window));
  // The helpdesk follows the system's dark setting; so do we, when it changes.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => ctx.setTimeout(applyTheme, 50), { signal });

  function dockedWidth() {
    return prefs.collapsed ? COLLAPSED_WIDTH_PX : prefs.widthPx;
  }

  const changePrefs = (next: SidebarPrefs, done: boolean) => {
    prefs = { collapsed: next.collapsed, widthPx: clampWidth(next.widthPx) };
    draw();
    if (done) void saveSidebarPrefs(adapter.id, prefs);
  };

  const services = createSidebarServices(ctx, signal, adapter, () => page, () => watcher.refresh(), (node) => ui.host.contains(node));

  function draw() {
    // A policy can leave this helpdesk out (enabledHelpdesks): then the sidebar does not show.
    const current = page ? settingsFor(page) : null;
    if (!page || !current?.effective.enabled) {
      if (ui.mounted) ui.remove();
      reportToolbar('idle');
      return;
    }
    reportToolbar('active');
    const { settings } = current;
    if (!ui.mounted) ui.mount();
    dock?.setWidth(dockedWidth());
    render(
      <Sidebar
        page={page}
        helpdeskLabel={adapter.label}
        services={services}
        settings={settings}
        prefs={prefs}
        onPrefsChange={changePrefs}
        intro={pageParts?.intro(page)}
      />,
      ui.container,
    );
  }

  const watcher = watchTicketPage({
    adapter,
    win: window,
    signal,
    ignore: (node) => ui.host.contains(node),
    onChange(state) {
      page = state;
      draw();
    },
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => watcher.refresh(), 0), { signal });

  // Other tabs of this helpdesk share the prefs: collapse or resize there shows here too.
  watchSidebarPrefs(adapter.id, (stored) => {
    prefs = stored;
    draw();
  }, signal);

  watchSettingsSnapshot((next) => {
    snapshot = next;
    draw();
  }, signal);

  // One answer per tab message, typed by the message map (a missing type or a wrong answer does not compile).
  const tabAnswers: { [Type in TabMessageType]: () => Promise<TabAnswer<Type>> } = {
    'sidebar/flush': () => flushOpenDrafts().then(() => ({ ok: true }) as const),
    'sidebar/toggle': async () => {
      if (page) changePrefs({ ...prefs, collapsed: !prefs.collapsed }, true);
      return { ok: true };
    },
    'sidebar/status': async () => ({
      helpdesk: adapter.label,
      ...(pageParts ? { onPage: true as const } : {}),
      paused: false,
      ticket: page ? { id: page.ticket.ticketId, subject: page.subject } : null,
      layout: page?.layout ?? null,
    }),
  };
  const onMessage = (message: unknown, sender: Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1]) => {
    const parsed = parseTabMessage(message, sender, browser.runtime.id);
    return parsed ? tabAnswers[parsed.type]() : undefined;
  };
  listenUntilAborted(browser.runtime.onMessage, onMessage, signal);

  const stop = () => {
    lifetime.abort();
    if (ui.mounted) ui.remove();
  };
  ctx.onInvalidated(stop);
  return {
    stop,
    refresh: () => {
      watcher.refresh();
      draw();
    },
  };
}
