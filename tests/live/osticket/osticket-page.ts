/**
 * The real osTicket staff page as the live tests drive it: signing in through its login form, its
 * tickets' URLs, and the parts an agent clicks and types in (by the selectors the adapter reads,
 * lib/adapters/osticket.ts). What osTicket stored is read from its database.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningOsticket } from './bring-up';
import { OSTICKET_AGENT } from './install';
import type { SeedTicketName } from './seed-data';

export const osticketPage = {
  replyEditor: 'form#reply .redactor-in[contenteditable="true"]',
  replyTextarea: 'textarea#response',
  noteEditor: 'form#note .redactor-in[contenteditable="true"]',
  replyTab: '#post-reply-tab',
  noteTab: '#post-note-tab',
  postReply: 'form#reply input[type="submit"]',
  lastResponse: '#thread-items .thread-entry.response >> nth=-1',
  subject: '.tixTitle h3',
  /** A ticket's link in a queue (its subject), which osTicket follows by pjax. */
  queueLink: (ticketId: number) => `table.list.queue span.truncate a[href$="/scp/tickets.php?id=${ticketId}"]`,
} as const;

export function ticketUrl(osticket: RunningOsticket, name: SeedTicketName): string {
  return `${osticket.origin}/scp/tickets.php?id=${osticket.seeded.tickets[name].id}`;
}

/** Signs the context in as the seeded agent, through the staff login form. */
export async function signIn(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/scp/login.php`);
  await page.fill('#name', OSTICKET_AGENT.username);
  await page.fill('#pass', OSTICKET_AGENT.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login.php')), page.press('#pass', 'Enter')]);
  await page.close();
}

/** The text of the newest entry of one kind on a ticket, as osTicket stored it (its body's HTML). */
export async function storedEntries(osticket: RunningOsticket, ticketId: number, type: 'M' | 'R' | 'N'): Promise<string[]> {
  const rows = await osticket.sql(
    `SELECT REPLACE(REPLACE(e.body, '\\n', ' '), '\\t', ' ') FROM ost_thread_entry e JOIN ost_thread t ON t.id = e.thread_id
      WHERE t.object_type = 'T' AND t.object_id = ${ticketId} AND e.type = '${type}' ORDER BY e.id`,
  );
  return rows.split('\n').filter(Boolean);
}

/** Puts the caret at the end of a Redactor editable, as a click below its last line would. */
export async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
}
