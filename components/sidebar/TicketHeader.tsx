import type { TicketRef } from '@/lib/adapters/types';

interface Props {
  ticket: TicketRef;
  subject: string;
  helpdeskLabel: string;
}

export function TicketHeader({ ticket, subject, helpdeskLabel }: Props) {
  return (
    <section class="lf-ticket" data-testid="lf-ticket" aria-label="Ticket">
      <div class="lf-ticket__meta">
        {helpdeskLabel} · <span data-testid="lf-ticket-id">#{ticket.ticketId}</span>
      </div>
      <h2 class="lf-ticket__subject">{subject || 'Untitled ticket'}</h2>
    </section>
  );
}
