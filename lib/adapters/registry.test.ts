import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './index';
import { HELPDESK_MATCHES } from './matches';
import { HELPDESK_IDS, HELPDESKS, hostingHelpdesk, hostMatchPatterns, isHelpdeskId, isSelfHosted, type HelpdeskDefinition } from './registry';
import { PAGE_TICKETS } from '../anysite/page-ticket';

describe('the helpdesk registry', () => {
  it.each([
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/1201', { account: '', ticketId: '1201' }],
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/1201/events', { account: '', ticketId: '1201' }],
    ['zendesk', 'https://acme.zendesk.com/agent/dashboard', null],
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/12a', null],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/301', { account: '', ticketId: '301' }],
    ['freshdesk', 'https://acme.freshdesk.com/helpdesk/tickets/301', { account: '', ticketId: '301' }],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/filters/all', null],
    ['helpscout', 'https://secure.helpscout.net/conversation/2718401/349', { account: '', ticketId: '2718401' }],
    ['helpscout', 'https://secure.helpscout.net/conversation/2718401', { account: '', ticketId: '2718401' }],
    ['helpscout', 'https://secure.helpscout.net/inboxes/40211/views/1', null],
    ['intercom', 'https://app.intercom.com/a/inbox/lf4demo1/inbox/shared/all/conversation/215474005156281', { account: 'lf4demo1', ticketId: '215474005156281' }],
    ['intercom', 'https://app.eu.intercom.com/a/inbox/lf4demo1/inbox/conversation/77', { account: 'lf4demo1', ticketId: '77' }],
    ['intercom', 'https://app.intercom.com/a/inbox/lf4demo1/inbox/shared/all', null],
    ['freshservice', 'https://northwind.freshservice.com/a/tickets/41', { account: '', ticketId: '41' }],
    ['freshservice', 'https://northwind.freshservice.com/helpdesk/tickets/41', { account: '', ticketId: '41' }],
    ['freshservice', 'https://northwind.freshservice.com/support/tickets/41', null],
    ['zohodesk', 'https://desk.zoho.eu/agent/northwind/support/tickets/details/81234000001234567', { account: 'northwind', ticketId: '81234000001234567' }],
    ['zohodesk', 'https://desk.zoho.com/agent/acme/all/tickets/details/42', { account: 'acme', ticketId: '42' }],
    ['zohodesk', 'https://desk.zoho.com/agent/acme/support/tickets/list/all-cases', null],
    ['jira', 'https://acme.atlassian.net/browse/SUP-7', { account: '', ticketId: 'SUP-7' }],
    ['jira', 'https://acme.atlassian.net/browse/SUP-7?focusedCommentId=10452', { account: '', ticketId: 'SUP-7' }],
    ['jira', 'https://acme.atlassian.net/browse/HELP2-99/', { account: '', ticketId: 'HELP2-99' }],
    ['jira', 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/12/SUP-7', { account: '', ticketId: 'SUP-7' }],
    ['jira', 'https://acme.atlassian.net/jira/servicedesk/projects/IT_OPS/queues/custom/3/IT_OPS-1204', { account: '', ticketId: 'IT_OPS-1204' }],
    ['jira', 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/12', null],
    ['jira', 'https://acme.atlassian.net/browse/SUP', null],
    ['jira', 'https://acme.atlassian.net/browse/sup-7', null],
    ['jira', 'https://acme.atlassian.net/browse/SUP-0', null],
    ['jira', 'https://acme.atlassian.net/browse/SUP-7/extra', null],
    ['jira', 'https://acme.atlassian.net/jira/software/projects/SUP/boards/2?selectedIssue=SUP-7', null],
    ['jira', 'https://acme.atlassian.net/wiki/spaces/SUP/pages/7', null],
    ['zammad', 'https://support.example.test/#ticket/zoom/42', { account: '', ticketId: '42' }],
    ['zammad', 'https://support.example.test/#ticket/zoom/42/1311', { account: '', ticketId: '42' }],
    ['zammad', 'https://support.example.test/#ticket/zoom/42/nav/true', { account: '', ticketId: '42' }],
    ['zammad', 'https://acme.zammad.com/#ticket/zoom/7', { account: '', ticketId: '7' }],
    ['zammad', 'https://helpdesk.example.org:8443/#ticket/zoom/1200', { account: '', ticketId: '1200' }],
    // The new desktop UI names tickets in its path.
    ['zammad', 'https://support.example.test/desktop/tickets/42', { account: '', ticketId: '42' }],
    ['zammad', 'https://support.example.test/#dashboard', null],
    ['zammad', 'https://support.example.test/#ticket/view/my_assigned', null],
    ['zammad', 'https://support.example.test/#ticket/create', null],
    // A redirect by ticket number, not an id: no ticket until Zammad has turned it into one.
    ['zammad', 'https://support.example.test/#ticket/zoom/number/31042', null],
    ['zammad', 'https://support.example.test/ticket/zoom/42', null],
    ['zammad', 'https://support.example.test/#ticket/zoom/', null],
    ['zammad', 'https://support.example.test/desktop/tickets/create', null],
    ['osticket', 'http://127.0.0.1:8080/scp/tickets.php?id=12', { account: '', ticketId: '12' }],
    ['osticket', 'https://support.example.test/scp/tickets.php?id=12#reply', { account: '', ticketId: '12' }],
    ['osticket', 'https://example.test/help/desk/scp/tickets.php?id=7', { account: 'help/desk', ticketId: '7' }],
    ['osticket', 'https://support.example.test/scp/tickets.php', null],
    ['osticket', 'https://support.example.test/scp/tickets.php?id=12&a=edit', null],
    ['osticket', 'https://support.example.test/scp/tickets.php?id=abc', null],
    ['osticket', 'https://support.example.test/tickets.php?id=12', null], // the customers' portal
    ['osticket', 'https://support.example.test/scp/users.php?id=12', null],
    ['freescout', 'http://127.0.0.1:8089/conversation/1?folder_id=1', { account: '', ticketId: '1' }],
    ['freescout', 'https://help.example.test/conversation/1204#thread-77', { account: '', ticketId: '1204' }],
    ['freescout', 'https://help.example.test/mailbox/1/1', null],
    ['freescout', 'https://help.example.test/conversation/ajax-html/merge_conv', null],
    ['freescout', 'https://help.example.test/mailbox/1/new-ticket', null],
  ])('reads the ticket of a %s URL: %s', (id, url, expected) => {
    expect(HELPDESKS.find((row) => row.id === id)!.ticketFromUrl(new URL(url))).toEqual(expected);
  });

  // The account a row's paths name (Intercom's workspace id); '' where the origin is the account.
  const SAMPLE_ACCOUNT: Partial<Record<string, string>> = { intercom: 'lf4demo1', zohodesk: 'acme', osticket: 'support' };

  /** A ticket id as each helpdesk writes it, where that is not a number. */
  const SAMPLE_TICKET_IDS: Partial<Record<string, string>> = { jira: 'SUP-42' };

  it.each(HELPDESKS.map((row) => [row.id, row] as const))("rebuilds a %s ticket's path that reads back as the same ticket", (id, row) => {
    const ticket = { account: SAMPLE_ACCOUNT[id] ?? '', ticketId: SAMPLE_TICKET_IDS[id] ?? '42' };
    const path = row.ticketPath(ticket);
    expect(row.ticketFromUrl(new URL(path, 'https://example.test'))).toEqual(ticket);
  });

  it.each([
    ['acme.zendesk.com', 'zendesk'],
    ['ACME.Freshdesk.com', 'freshdesk'],
    ['secure.helpscout.net', 'helpscout'],
    ['evil.helpscout.net', null],
    ['app.eu.intercom.com', 'intercom'],
    ['www.intercom.com', null],
    ['acme.atlassian.net', 'jira'],
    ['acme.zammad.com', 'zammad'],
    ['atlassian.net', null],
    ['zendesk.com', null],
    ['acme.zendesk.com.evil.example', null],
    ['northwind.freshservice.com', 'freshservice'],
    ['desk.zoho.com.au', 'zohodesk'],
    ['evil.desk.zoho.com', null],
    ['support.example.com', null],
  ])('knows %s as the domain of %s', (host, id) => {
    expect(hostingHelpdesk(host)?.id ?? null).toBe(id);
  });

  it('gives the manifest the required helpdesks’ whole hosts, and no optional one', () => {
    expect(HELPDESK_MATCHES).toEqual(HELPDESKS.filter((row) => row.permission === 'required').flatMap(hostMatchPatterns));
    expect(HELPDESK_MATCHES).toEqual(['*://*.zendesk.com/*', '*://*.freshdesk.com/*']);
  });

  it('gives a self-hosted helpdesk no hosts of its own (only the origins a team adds), and every other helpdesk some', () => {
    for (const row of HELPDESKS as readonly HelpdeskDefinition[]) {
      expect(row.hosts.length === 0, `${row.id}: hosts ${JSON.stringify(row.hosts)}, permission ${row.permission}`).toBe(isSelfHosted(row));
    }
  });

  it('has one adapter per row, in its order, each reading its own row', () => {
    expect(ADAPTERS.map((adapter) => adapter.id)).toEqual(HELPDESK_IDS);
    for (const adapter of ADAPTERS) expect(adapter.definition).toBe(HELPDESKS.find((row) => row.id === adapter.id));
  });

  // Page tickets (lib/anysite/page-ticket.ts) are keyed `page@origin…`: no helpdesk key can equal one
  // while ids are letters only, and their rows are told apart while no helpdesk is called 'page'.
  it('gives every helpdesk an id of lowercase letters, never the page tickets\' own', () => {
    for (const id of HELPDESK_IDS) expect(id).toMatch(/^[a-z]+$/);
    expect(HELPDESK_IDS).not.toContain(PAGE_TICKETS);
  });

  it('tells a helpdesk id from anything else', () => {
    expect(HELPDESK_IDS.every(isHelpdeskId)).toBe(true);
    expect(isHelpdeskId('evil')).toBe(false);
    expect(isHelpdeskId(undefined)).toBe(false);
  });
});
