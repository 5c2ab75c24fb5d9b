import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/unit/load-fixture';
import { adapterForCustomOrigin } from '../adapters/custom-origin';
import { zendesk } from '../adapters/zendesk';
import { watchTicketPage, type TicketPageState } from './ticket-page-watcher';

type HappyWindow = Window & { happyDOM: { setURL(url: string): void } };

function showFixture(path: string) {
  const fixture = loadFixture(path);
  document.body.replaceWith(document.importNode(fixture.body, true));
}

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function watch(graceMs = 1_000) {
  const states: (TicketPageState | null)[] = [];
  const watcher = watchTicketPage({ adapter: zendesk, win: window, signal: controller.signal, onChange: (s) => states.push(s), graceMs });
  return { watcher, states };
}

describe('watchTicketPage on Zendesk', () => {
  it("reports the URL's ticket with its own pane's message and editor", () => {
    showFixture('zendesk/agent-workspace.html');
    (window as unknown as HappyWindow).happyDOM.setURL('https://demo.zendesk.com/agent/tickets/1201');
    const { states } = watch();
    const state = states.at(-1)!;
    expect(state.ticket.key).toBe('zendesk:https://demo.zendesk.com#1201');
    expect(state.layout).toBe('ready');
    expect(state.latestCustomerMessage?.text).toContain('LK-403');
    expect(state.editor?.element.closest('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id')).toBe('1201');
  });

  it('follows an in-page switch to the other tab, with nothing of the first ticket', async () => {
    showFixture('zendesk/agent-workspace.html');
    (window as unknown as HappyWindow).happyDOM.setURL('https://demo.zendesk.com/agent/tickets/1201');
    const { watcher, states } = watch();
    (window as unknown as HappyWindow).happyDOM.setURL('https://demo.zendesk.com/agent/tickets/1202');
    watcher.refresh();
    await vi.advanceTimersByTimeAsync(100);
    const state = states.at(-1)!;
    expect(state.ticket.ticketId).toBe('1202');
    expect(state.subject).not.toContain('License key');
    expect(state.latestCustomerMessage?.text).not.toContain('LK-403');
  });

  it('reports nothing off ticket pages', () => {
    showFixture('zendesk/agent-workspace.html');
    (window as unknown as HappyWindow).happyDOM.setURL('https://demo.zendesk.com/agent/dashboard');
    const { watcher, states } = watch();
    expect(watcher.current()).toBeNull();
    expect(states.filter(Boolean)).toEqual([]);
  });

  it('says "loading" first, then "not understood" when the page never shows what it needs', async () => {
    showFixture('zendesk/unknown-layout.html');
    (window as unknown as HappyWindow).happyDOM.setURL('https://demo.zendesk.com/agent/tickets/1201');
    const { states } = watch(1_000);
    expect(states.at(-1)?.layout).toBe('loading');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(states.at(-1)).toMatchObject({ layout: 'not-understood', editor: null, ticket: { ticketId: '1201' } });
  });
});

describe('watchTicketPage where the reply and an internal note share the composer (osTicket)', () => {
  it('says the agent is writing a note, with no editor to follow, and is ready again on the reply tab', async () => {
    showFixture('osticket/ticket-view.html');
    (window as unknown as HappyWindow).happyDOM.setURL('https://support.northwind.test/scp/tickets.php?id=1');
    const adapter = adapterForCustomOrigin('osticket', 'https://support.northwind.test')!;
    const states: (TicketPageState | null)[] = [];
    watchTicketPage({ adapter, win: window, signal: controller.signal, onChange: (s) => states.push(s) });
    expect(states.at(-1)).toMatchObject({ layout: 'ready', ticket: { ticketId: '1' } });
    const tab = (href: string) => document.querySelector(`#response-tabs a[href="${href}"]`)!.closest('li')!;
    tab('#reply').classList.remove('active');
    tab('#note').classList.add('active');
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toMatchObject({ layout: 'writing-note', editor: null });
    expect(states.at(-1)?.latestCustomerMessage?.author).toBe('Maya Lindqvist');
    tab('#note').classList.remove('active');
    tab('#reply').classList.add('active');
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)?.layout).toBe('ready');
    expect(states.at(-1)?.editor?.element.closest('form')?.getAttribute('id')).toBe('reply');
  });
});
