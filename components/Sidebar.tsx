import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import { TicketPanel, type SidebarServices } from './TicketPanel';

interface Props {
  page: TicketPageState;
  helpdeskLabel: string;
  services: SidebarServices;
}

/** The sidebar beside the ticket. The panel is keyed by ticket, so switching tickets starts clean. */
export function Sidebar({ page, helpdeskLabel, services }: Props) {
  return (
    <aside class="lf-sidebar" aria-label="ListenFirst">
      <TicketPanel key={page.ticket.key} page={page} helpdeskLabel={helpdeskLabel} services={services} />
    </aside>
  );
}
