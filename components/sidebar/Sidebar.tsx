import type { ComponentChildren } from 'preact';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import type { SidebarPrefs } from '@/lib/settings/ui-prefs';
import { ResizeHandle } from './ResizeHandle';
import { TicketPanel, type SidebarServices, type SidebarSettings } from './TicketPanel';

interface Props {
  page: TicketPageState;
  helpdeskLabel: string;
  services: SidebarServices;
  settings: SidebarSettings;
  prefs: SidebarPrefs;
  onPrefsChange(prefs: SidebarPrefs, done: boolean): void;
  /** Above the ticket: on a page no adapter knows, what the agent picked there (PagePicks). */
  intro?: ComponentChildren;
}

/** The sidebar beside the ticket, or its slim tab when collapsed. The panel is keyed by ticket. */
export function Sidebar({ page, helpdeskLabel, services, settings, prefs, onPrefsChange, intro }: Props) {
  if (prefs.collapsed) {
    return (
      <button
        type="button"
        class="lf-tab"
        data-testid="lf-expand"
        aria-expanded="false"
        aria-label="Show the ListenFirst sidebar"
        onClick={() => onPrefsChange({ ...prefs, collapsed: false }, true)}
      >
        <span class="lf-tab__label">ListenFirst</span>
      </button>
    );
  }
  return (
    <aside class="lf-sidebar" aria-label="ListenFirst">
      <ResizeHandle widthPx={prefs.widthPx} onResize={(widthPx, done) => onPrefsChange({ ...prefs, widthPx }, done)} />
      {intro}
      <TicketPanel
        key={page.ticket.key}
        page={page}
        helpdeskLabel={helpdeskLabel}
        services={services}
        settings={settings}
        onCollapse={() => onPrefsChange({ ...prefs, collapsed: true }, true)}
      />
    </aside>
  );
}
