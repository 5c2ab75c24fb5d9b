/**
 * What the live tests seed into osTicket: two customers' tickets, each thread in the order it is
 * posted (the customer's first message opens the ticket; later ones arrive as e-mail replies).
 * The first ticket's latest customer message comes after an agent's reply and an internal note,
 * so "the latest customer message only" has something to leave out.
 */
export type SeedEntry = { by: 'customer' | 'agent'; text: string } | { by: 'note'; title: string; text: string };

export interface SeedTicket {
  customer: { name: string; email: string };
  subject: string;
  thread: readonly SeedEntry[];
}

export const OSTICKET_SEED_TICKETS = {
  export: {
    customer: { name: 'Maya Lindqvist', email: 'maya@example.test' },
    subject: 'Export to CSV drops the last row',
    thread: [
      { by: 'customer', text: 'When I export the March report to CSV the last row is missing. It worked in February.' },
      { by: 'agent', text: 'Hi Maya, thanks for the report. Which browser do you export from?' },
      { by: 'note', title: 'Engineering', text: 'The export job truncates at 100 rows; engineering has it as EXP-311.' },
      { by: 'customer', text: 'Firefox 128. It happens with every report over 100 rows, and it is always the totals row that goes missing.' },
    ],
  },
  invoice: {
    customer: { name: 'Oskar Brandt', email: 'oskar@example.test' },
    subject: 'Invoice shows the old VAT rate',
    thread: [
      { by: 'customer', text: 'Our November invoice INV-2207 still charges 19% VAT on the books we ordered instead of 7%.' },
      { by: 'note', title: 'Billing', text: 'The tax class on the book SKUs was not migrated.' },
    ],
  },
} as const satisfies Record<string, SeedTicket>;

export type SeedTicketName = keyof typeof OSTICKET_SEED_TICKETS;

/** A seeded ticket as osTicket numbered it: its id in URLs and the number its page shows. */
export interface SeededTicket {
  id: number;
  number: string;
}

export interface OsticketSeed {
  tickets: Record<SeedTicketName, SeededTicket>;
}
