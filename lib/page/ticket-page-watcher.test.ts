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

describe('watchTicketPage where one box serves replies and internal notes (FreeScout)', () => {
  it('says the agent writes a note, with no reply editor, and is ready again once the box is a reply', async () => {
    showFixture('freescout/conversation-1.html');
    (window as unknown as HappyWindow).happyDOM.setURL('https://help.example.test/conversation/1?folder_id=1');
    const adapter = adapterForCustomOrigin('freescout', 'https://help.example.test')!;
    const states: (TicketPageState | null)[] = [];
    watchTicketPage({ adapter, win: window, signal: controller.signal, onChange: (s) => states.push(s), graceMs: 1_000 });
    expect(states.at(-1)).toMatchObject({ layout: 'ready', ticket: { ticketId: '1' } });
    const block = document.querySelector('.conv-reply-block')!;
    block.classList.add('conv-note-block');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(states.at(-1)).toMatchObject({ layout: 'note', editor: null });
    block.classList.remove('conv-note-block');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(states.at(-1)?.layout).toBe('ready');
  });
});
