/**
 * Seeds osTicket through its own interfaces: customers open tickets through the JSON API and
 * follow up by e-mail (the API's e-mail piping, threaded by the "[#NUMBER]" in the subject); the
 * agent replies and writes internal notes through the staff panel. Two settings go straight to the
 * database, as an administrator sets them on the admin pages: an API key for this machine, and
 * "verify email addresses" off (its DNS lookup refuses every customer offline).
 */
import { randomBytes } from 'node:crypto';
import { HttpSession } from '../support/http-session';
import { OsticketAgentSession } from './agent-session';
import { HELPDESK_EMAIL, OSTICKET_AGENT } from './install';
import { OSTICKET_SEED_TICKETS, type OsticketSeed, type SeedTicket, type SeededTicket, type SeedTicketName } from './seed-data';
import type { Mariadb } from './servers';

export async function seedOsticket(origin: string, database: Mariadb, databaseName: string): Promise<OsticketSeed> {
  const apiKey = randomBytes(16).toString('hex').toUpperCase();
  await database.sql(
    `INSERT INTO ost_config (namespace, \`key\`, value, updated) VALUES ('core', 'verify_email_addrs', '0', NOW())
       ON DUPLICATE KEY UPDATE value = '0';
     INSERT INTO ost_api_key (isactive, ipaddr, apikey, can_create_tickets, can_exec_cron, notes, updated, created)
       VALUES (1, '127.0.0.1', '${apiKey}', 1, 0, 'ListenFirst live tests', NOW(), NOW());`,
    databaseName,
  );
  const api = new HttpSession(origin);
  const agent = await OsticketAgentSession.signIn(origin, OSTICKET_AGENT);
  const tickets = {} as Record<SeedTicketName, SeededTicket>;
  for (const [name, ticket] of Object.entries(OSTICKET_SEED_TICKETS) as [SeedTicketName, SeedTicket][]) {
    const [opening, ...rest] = ticket.thread;
    // The message as an RFC 2397 data URL with the text as it is: osTicket does not percent-decode it (Format::parseRfc2397).
    const number = (
      await api.text(
        '/api/tickets.json',
        { body: JSON.stringify({ name: ticket.customer.name, email: ticket.customer.email, subject: ticket.subject, message: `data:text/plain;charset=utf-8,${opening!.text}` }), headers: { 'X-API-Key': apiKey, 'content-type': 'application/json' } },
        [201],
      )
    ).trim();
    const id = Number((await database.sql(`SELECT ticket_id FROM ost_ticket WHERE number = '${number.replace(/\D/g, '')}'`, databaseName)).trim());
    if (!id) throw new Error(`osTicket: no ticket numbered ${number}`);
    for (const [index, entry] of rest.entries()) {
      if (entry.by === 'customer') await api.text('/api/tickets.email', { body: followUpMail(ticket, number, entry.text, index), headers: { 'X-API-Key': apiKey, 'content-type': 'message/rfc822' } }, [201]);
      else await agent.post(id, entry.by === 'agent' ? 'reply' : 'note', entry.text, entry.by === 'note' ? entry.title : '');
    }
    tickets[name] = { id, number };
  }
  return { tickets };
}

/** The customer's e-mail answer, as their mail client would send it. */
function followUpMail(ticket: SeedTicket, number: string, text: string, index: number): string {
  return [
    `From: ${ticket.customer.name} <${ticket.customer.email}>`,
    `To: ${HELPDESK_EMAIL}`,
    `Subject: Re: [#${number}] ${ticket.subject}`,
    `Message-ID: <follow-up-${number}-${index}@example.test>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
  ].join('\r\n');
}
