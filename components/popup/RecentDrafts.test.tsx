import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ListenFirstDatabase } from '@/lib/drafts/db';
import { draftRow } from '@/lib/drafts/testing/draft-rows';
import { formatDraftTime, RecentDrafts } from './RecentDrafts';

const NOW = new Date(2026, 10, 22, 15, 0).getTime();
let db: ListenFirstDatabase;
let container: HTMLElement;
let name = 0;

beforeEach(() => {
  db = new ListenFirstDatabase(`test-recent-ui-${name++}`);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(async () => {
  render(null, container);
  container.remove();
  await db.delete();
});

const draft = draftRow;

async function show(props: Partial<Parameters<typeof RecentDrafts>[0]> = {}) {
  await act(async () => {
    render(<RecentDrafts db={db} searchDelayMs={0} now={() => NOW} checkHealth={async () => ({ ok: true, draftCount: 0 })} {...props} />, container);
  });
}

const items = () => [...container.querySelectorAll<HTMLElement>('[data-testid="lf-draft-item"]')];

describe('RecentDrafts', () => {
  it('lists drafts newest first, each with a link to its ticket, the helpdesk, when and the restatement start', async () => {
    await db.drafts.bulkPut([
      draft('1201', NOW - 60_000, { restatement: 'Your license key is rejected', reply: 'Hi Marta' }),
      draft('301', NOW - 3 * 86_400_000, { helpdesk: 'freshdesk', subject: 'Invoice PDF is blank' }),
    ]);
    await show();
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    const [first, second] = items();
    const link = first!.querySelector('a')!;
    expect(link.textContent).toBe('#1201');
    expect(link.getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/1201');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(first!.textContent).toContain('Zendesk · acme.zendesk.com');
    expect(first!.textContent).toContain('Your license key is rejected');
    expect(first!.textContent).toContain('A reply is saved with this draft.');
    expect(second!.querySelector('a')!.getAttribute('href')).toBe('https://acme.freshdesk.com/a/tickets/301');
    expect(second!.textContent).toContain('Freshdesk');
  });

  it("links a team's own domain there, and says why a draft from before origins were kept has no link", async () => {
    await db.drafts.bulkPut([
      draft('42', NOW - 1, { origin: 'https://support.example.com' }),
      draft('43', NOW - 2, { origin: null, account: 'support-example-com' }),
    ]);
    await show();
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    const [own, unknown] = items();
    expect(own!.querySelector('a')!.getAttribute('href')).toBe('https://support.example.com/agent/tickets/42');
    expect(own!.querySelector('[data-testid="lf-draft-no-link"]')).toBeNull();
    expect(unknown!.querySelector('a')).toBeNull();
    expect(unknown!.textContent).toContain('Zendesk · support-example-com');
    expect(unknown!.querySelector('[data-testid="lf-draft-no-link"]')?.textContent).toContain('more than one of your helpdesk addresses');
  });

  it('searches as the agent types', async () => {
    await db.drafts.bulkPut([draft('1201', NOW - 1, { subject: 'License key rejected' }), draft('1202', NOW - 2, { subject: 'Refund' })]);
    await show();
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    const search = container.querySelector<HTMLInputElement>('[data-testid="lf-drafts-search"]')!;
    await act(async () => {
      search.value = 'refund';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(items().map((item) => item.dataset.key)).toEqual(['zendesk:https://acme.zendesk.com#1202']));
    await act(async () => {
      search.value = 'chargeback';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="lf-drafts-empty"]')?.textContent).toBe('No drafts match “chargeback”.'));
  });

  it('deletes one draft and says so', async () => {
    await db.drafts.bulkPut([draft('1201', NOW - 1), draft('1202', NOW - 2)]);
    await show();
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    const remove = container.querySelector<HTMLButtonElement>('button[aria-label="Delete the draft for ticket #1201"]')!;
    await act(async () => remove.click());
    await vi.waitFor(() => expect(items().map((item) => item.dataset.key)).toEqual(['zendesk:https://acme.zendesk.com#1202']));
    expect(await db.drafts.get('zendesk:https://acme.zendesk.com#1201')).toBeUndefined();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Deleted the draft for ticket #1201.');
  });

  it('offers more when there are more than a page', async () => {
    await db.drafts.bulkPut(Array.from({ length: 25 }, (_, i) => draft(String(100 + i), NOW - i)));
    await show();
    await vi.waitFor(() => expect(items()).toHaveLength(20));
    const more = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Show more')!;
    await act(async () => more.click());
    await vi.waitFor(() => expect(items()).toHaveLength(25));
  });

  it('says in plain words why drafts cannot be read, and points at the settings', async () => {
    db.close();
    await show({ checkHealth: async () => ({ ok: false, code: 'damaged', error: "The drafts database is damaged or can't be read.", canExport: true }) });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="lf-drafts-problem"]')?.textContent).toContain("damaged or can't be read"));
    expect(container.querySelector('[data-testid="lf-drafts-problem"] button')?.textContent).toContain('Open settings');
  });

  it('says there are no drafts yet', async () => {
    await show();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="lf-drafts-empty"]')?.textContent).toContain('No saved drafts yet'));
  });
});

describe('formatDraftTime', () => {
  it('gives the time for today, the day for this year, and the year before that', () => {
    expect(formatDraftTime(new Date(2026, 10, 22, 14, 2).getTime(), NOW)).toMatch(/14.02|2:02/);
    expect(formatDraftTime(new Date(2026, 10, 21, 9).getTime(), NOW)).toMatch(/21/);
    expect(formatDraftTime(new Date(2025, 0, 3).getTime(), NOW)).toMatch(/2025/);
  });
});
