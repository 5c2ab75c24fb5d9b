/**
 * What the live FreeScout is seeded with: one mailbox, two customers, two conversations with
 * customer messages, an agent reply and an internal note, oldest first. The seed script
 * (seed.php) reads this as JSON on its standard input; the live tests check the agent pages against it.
 */
export interface SeedThread {
  type: 'customer' | 'message' | 'note';
  /** HTML as FreeScout stores a thread's body (an e-mail's markup, or Summernote's). */
  body: string;
}

export interface SeedConversation {
  subject: string;
  customer: { email: string; firstName: string; lastName: string };
  threads: SeedThread[];
}

export interface FreescoutSeed {
  mailbox: { name: string; email: string };
  agent: { firstName: string; lastName: string; email: string; password: string };
  conversations: SeedConversation[];
}

export const FREESCOUT_SEED = {
  mailbox: { name: 'Support', email: 'support@example.test' },
  agent: { firstName: 'Ada', lastName: 'Agent', email: 'agent@example.test', password: 'listen-first-live' },
  conversations: [
    {
      subject: 'Export to CSV fails with error E-409',
      customer: { email: 'marta.lindqvist@example.test', firstName: 'Marta', lastName: 'Lindqvist' },
      threads: [
        { type: 'customer', body: '<p>Hi, exporting the March invoices to CSV stops at 80% with error E-409.</p>' },
        { type: 'message', body: '<p>Hi Marta, thanks for the report. Could you tell me which browser you use?</p>' },
        { type: 'note', body: '<p>Looks like the export timeout that billing raised last week.</p>' },
        {
          type: 'customer',
          body:
            '<div>I use Firefox 128 and it still fails with E-409 on the March invoices, even after clearing the cache.</div>' +
            '<div><br></div><div>On Mon, Ada Agent wrote:</div>' +
            '<blockquote><p>Hi Marta, thanks for the report. Could you tell me which browser you use?</p></blockquote>',
        },
      ],
    },
    {
      subject: 'Refund for the duplicate charge',
      customer: { email: 'kwame.mensah@example.test', firstName: 'Kwame', lastName: 'Mensah' },
      threads: [{ type: 'customer', body: '<p>I was charged twice for the annual plan on 28 November. Please refund the duplicate charge of 120 EUR.</p>' }],
    },
  ],
} as const satisfies FreescoutSeed;

/** Words only the latest customer message of each conversation says, and words only its quoted history does. */
export const FREESCOUT_SEED_FACTS = [
  { latestSays: 'Firefox 128', quotedSays: 'which browser you use', noteSays: 'export timeout' },
  { latestSays: 'duplicate charge of 120 EUR', quotedSays: null, noteSays: null },
] as const;
