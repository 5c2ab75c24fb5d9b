import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListenFirstDatabase } from '@/lib/drafts/db';
import { saveDraft } from '@/lib/drafts/draft-store';
import { answerDraftMessage, sidebarSender as sender, sidebarTicket as ticket } from '@/lib/drafts/testing/sidebar-background';
import { handleListeningMessage } from '@/lib/listening-service/handler';
import type { ContentMessage } from '@/lib/messaging/messages';
import { watchReplySubmit } from '@/lib/page/reply-submit';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';
import { DEFAULT_CHECKLIST } from '@/lib/playbooks/checklist';
import { TicketPanel, type SidebarServices, type SidebarSettings } from './TicketPanel';

// The sidebar's drafts as the agent meets them: two tabs on one ticket, a helpdesk that empties or
// swaps its editor, a draft that can't be read at first. The background is the real message
// handler over fake-indexeddb; the editor is a contenteditable the test types into.

const settings: SidebarSettings = { checklist: DEFAULT_CHECKLIST, restatementPrefix: 'Just to make sure: ', disabledCategories: [], termPairs: [], jargon: [] };

let db: ListenFirstDatabase;
const mounted: HTMLElement[] = [];
const aborts: AbortController[] = [];
beforeEach(() => {
  db = new ListenFirstDatabase(`test-panel-${Math.random()}`);
});
afterEach(async () => {
  for (const container of mounted.splice(0)) await act(() => render(null, container));
  for (const controller of aborts.splice(0)) controller.abort();
  document.body.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 50)); // the unmounted syncs' last flush
  await db.delete();
});

const stored = () => db.drafts.get(ticket.key);
const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not so after ${timeoutMs} ms: ${check.toString()}`);
    await pause(20);
  }
}

/** An event as the browser makes it from the agent's input; happy-dom, like a page script, makes untrusted ones. */
function fromTheAgent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function newEditor(pane: HTMLElement, text = ''): HTMLElement {
  const editor = pane.appendChild(document.createElement('div'));
  editor.contentEditable = 'true';
  editor.className = 'fr-element';
  editor.textContent = text;
  return editor;
}

/** One browser tab showing the ticket: its pane (editor, send button), and the sidebar beside it. */
function openTab(send = (message: ContentMessage) => answerDraftMessage(db, message)) {
  const pane = document.body.appendChild(document.createElement('section'));
  const submit = pane.appendChild(document.createElement('button'));
  submit.className = 'send';
  let editor: HTMLElement | null = newEditor(pane);
  const container = document.body.appendChild(document.createElement('div'));
  mounted.push(container);
  const page = (): TicketPageState => ({ ticket, layout: 'ready', subject: 'Outlook stopped syncing', messages: [], latestCustomerMessage: null, editor: editor && { element: editor, kind: 'contenteditable' } });
  const listeners = new Set<() => void>();
  const controller = new AbortController();
  aborts.push(controller);
  watchReplySubmit(document, { submitSelector: '.send', ticketRoot: () => pane, editorElement: () => editor }, () => listeners.forEach((listener) => listener()), controller.signal);
  const services: SidebarServices = {
    sendDraftMessage: send,
    analyze: async (request) => handleListeningMessage(request, sender, fakeBrowser.runtime.id),
    openReplyBox: () => undefined,
    onReplySubmit(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener));
    },
    // What the page-world bridge does to a plain editable, for the test's plain editor.
    async editReply(operation) {
      if (!editor || operation.op !== 'set') return { ok: false, code: 'no-editor', error: 'no editor' };
      editor.textContent = operation.text;
      return { ok: true };
    },
  };
  const draw = () => act(() => render(<TicketPanel page={page()} helpdeskLabel="Freshdesk" services={services} settings={settings} onCollapse={() => undefined} />, container));
  const part = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const restatement = () => part('lf-restatement') as HTMLTextAreaElement;
  return {
    draw,
    part,
    restatement,
    editorText: () => editor?.textContent ?? '',
    async typeRestatement(text: string) {
      await act(() => {
        restatement().value = text;
        restatement().dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    /** The agent's own typing (or deleting): a trusted input event, then the editor's new text. */
    async typeReply(text: string) {
      await act(() => {
        editor!.dispatchEvent(fromTheAgent(new InputEvent('beforeinput', { bubbles: true, inputType: text ? 'insertText' : 'deleteContentBackward' })));
        editor!.textContent = text;
      });
      await pause(80);
    },
    /** The helpdesk's own script changes the editor: no input event from the agent. */
    async helpdeskSetsReply(text: string) {
      await act(() => {
        editor!.textContent = text;
      });
      await pause(80);
    },
    /** The helpdesk throws the editor element away and mounts a fresh, empty one. */
    async helpdeskSwapsEditor() {
      editor?.remove();
      editor = newEditor(pane);
      await draw();
      await pause(80);
    },
    async sendReply() {
      await act(() => {
        submit.dispatchEvent(fromTheAgent(new MouseEvent('click', { bubbles: true })));
        editor!.textContent = '';
      });
      await pause(80);
    },
    async click(testId: string) {
      await act(() => part(testId)!.click());
      await pause(50);
    },
  };
}

async function loaded(tab: ReturnType<typeof openTab>) {
  await tab.draw();
  await until(() => !tab.restatement().disabled);
  return tab;
}

describe('two tabs on one ticket', () => {
  async function raced() {
    const first = await loaded(openTab());
    const second = await loaded(openTab());
    await first.typeRestatement('Newer text from the first tab');
    await until(async () => (await stored())?.restatement === 'Newer text from the first tab');
    // The second tab read the draft before that write: its edit is based on an older revision.
    await second.typeRestatement('Older tab typing');
    await until(() => second.part('lf-draft-conflict') !== null);
    return { first, second };
  }

  it("the tab that lost the race keeps its own text and shows both versions; nothing is saved over the other's", async () => {
    const { second } = await raced();
    expect(second.restatement().value).toBe('Older tab typing');
    expect(second.part('lf-conflict-theirs-restatement')?.textContent).toBe('Newer text from the first tab');
    expect(second.part('lf-conflict-mine-restatement')?.textContent).toBe('Older tab typing');
    expect(second.part('lf-draft-status')?.textContent).not.toContain('Saved');
    await pause(400);
    expect(await stored()).toMatchObject({ restatement: 'Newer text from the first tab', revision: 1 });
    expect((await stored())?.heldCopies).toMatchObject([{ restatement: 'Older tab typing' }]);
  });

  it("keep mine saves this tab's text over the other's", async () => {
    const { second } = await raced();
    await second.click('lf-conflict-keep-mine');
    await until(async () => (await stored())?.restatement === 'Older tab typing');
    expect(second.part('lf-draft-conflict')).toBeNull();
    expect((await stored())?.heldCopies).toBeUndefined();
  });

  it("take the other shows the other tab's text here and drops this tab's", async () => {
    const { second } = await raced();
    await second.click('lf-conflict-take-theirs');
    expect(second.restatement().value).toBe('Newer text from the first tab');
    expect(second.part('lf-draft-conflict')).toBeNull();
    await until(async () => (await stored())?.heldCopies === undefined);
    expect(await stored()).toMatchObject({ restatement: 'Newer text from the first tab', revision: 1 });
  });
});

describe('the reply when the helpdesk empties or swaps its editor', () => {
  const reply = 'Hi Aiko, I have forced a resync of your mailbox.';
  async function replySaved() {
    const tab = await loaded(openTab());
    await tab.typeReply(reply);
    await until(async () => (await stored())?.reply === reply);
    return tab;
  }

  it('keeps the reply and offers it back when the helpdesk empties the editor without the agent typing', async () => {
    const tab = await replySaved();
    await tab.helpdeskSetsReply('');
    await pause(400);
    expect((await stored())?.reply).toBe(reply);
    expect(tab.part('lf-restore-draft')?.textContent).toContain(reply);
    await tab.click('lf-restore-draft-button');
    expect(tab.editorText()).toBe(reply);
    await until(() => tab.part('lf-restore-draft') === null);
  });

  it('offers the reply back again when the helpdesk empties the editor right after a restore', async () => {
    const tab = await replySaved();
    await tab.helpdeskSetsReply('');
    await until(() => tab.part('lf-restore-draft') !== null);
    // The restore's text and the helpdesk's emptying land in one pause: the empty editor is not the agent's.
    await act(async () => {
      tab.part('lf-restore-draft-button')!.click();
      await Promise.resolve();
    });
    await tab.helpdeskSetsReply('');
    await pause(400);
    expect((await stored())?.reply).toBe(reply);
    expect(tab.part('lf-restore-draft')?.textContent).toContain(reply);
  });

  it('keeps the reply and offers it back when the helpdesk swaps in a new, empty editor', async () => {
    const tab = await replySaved();
    await tab.helpdeskSwapsEditor();
    await pause(400);
    expect((await stored())?.reply).toBe(reply);
    expect(tab.part('lf-restore-draft')?.textContent).toContain(reply);
  });

  it('saves the agent deleting the reply (select-all and delete): that is an edit, not a loss', async () => {
    const tab = await replySaved();
    await tab.typeReply('');
    await until(async () => (await stored())?.reply === '');
    expect(tab.part('lf-restore-draft')).toBeNull();
  });

  it('clears the reply once the agent sends it with the helpdesk, as before', async () => {
    const tab = await replySaved();
    await tab.sendReply();
    await until(async () => (await stored())?.reply === '');
    expect(tab.part('lf-restore-draft')).toBeNull();
  });
});

describe('a draft that fails to load', () => {
  it('is read again, then its reply is offered back and never saved over; later saves meet no conflict', async () => {
    await saveDraft(db, { type: 'draft/save', ticket, subject: 'Outlook stopped syncing', restatement: 'Outlook stopped syncing', checklist: {}, dismissedHints: [], reply: 'Hi Luis, the refund is on its way.', baseRevision: 0, saveId: crypto.randomUUID() });
    let failedLoads = 0;
    const tab = openTab(async (message) => {
      if (message.type === 'draft/load' && failedLoads < 2) {
        failedLoads++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return answerDraftMessage(db, message);
    });
    await tab.draw();
    await until(() => failedLoads === 2 && !tab.restatement().disabled);
    expect(tab.restatement().value).toBe('Outlook stopped syncing');
    expect(tab.part('lf-restore-draft')?.textContent).toContain('Hi Luis, the refund is on its way.');
    await tab.typeRestatement('Outlook stopped syncing after the password change');
    await until(async () => (await stored())?.restatement === 'Outlook stopped syncing after the password change');
    expect(await stored()).toMatchObject({ reply: 'Hi Luis, the refund is on its way.', revision: 2 });
    expect(tab.part('lf-draft-conflict')).toBeNull();
  });
});
