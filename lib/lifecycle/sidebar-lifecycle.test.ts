import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftContent } from '../drafts/draft-sync';
import { requestHandover, type Handover } from './handover';
import { trackOpenDraft } from './open-drafts';
import { CUT_OFF_NOTICE_DELAY_MS, followExtensionLifecycle } from './sidebar-lifecycle';

// The old sidebar script's side of an update, with the real hand-over over the document's events:
// the context is a stand-in for WXT's, which the browser invalidates when the extension goes.

const TICKET = 'zendesk:https://acme.zendesk.com#12';
const content = (restatement: string): DraftContent => ({ subject: 'LK-403', restatement, checklist: {}, dismissedHints: [], reply: '' });

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const controller = new AbortController();
  const ctx = {
    onInvalidated: (listener: () => void) => void invalidated.push(listener),
    get isInvalid() {
      return controller.signal.aborted;
    },
    signal: controller.signal,
    abort: vi.fn(() => controller.abort()),
  };
  const invalidate = () => {
    for (const listener of invalidated) listener();
  };
  // What the browser does when the extension is updated, reloaded or switched off under the page.
  const cutOff = () => {
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    invalidate();
  };
  return { ctx: ctx as unknown as ContentScriptContext, abort: ctx.abort, cutOff, invalidate };
}

/** The closed shadow roots made from now on (the notice's is closed: the page can't reach into it). */
function watchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const notice = () => document.querySelector('listen-first-notice');

let tracked: AbortController;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  tracked = new AbortController();
  trackOpenDraft({ ticketKey: TICKET, content: () => content('Every seat shows <img src=x onerror=alert(1)> since 4.2.1'), flush: async () => undefined }, tracked.signal);
});
afterEach(() => {
  tracked.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: 'test-extension-id', configurable: true });
});

describe('a sidebar cut off from the extension', () => {
  it('tells the agent in the page when no new sidebar takes over, and gives back the restatement as text', async () => {
    const roots = watchShadowRoots();
    const { ctx, cutOff } = fakeContext();
    followExtensionLifecycle(ctx, await newKey(), vi.fn());
    cutOff();
    await vi.advanceTimersByTimeAsync(CUT_OFF_NOTICE_DELAY_MS - 1);
    expect(notice()).toBeNull();
    await vi.advanceTimersByTimeAsync(1);

    expect(notice()?.shadowRoot).toBeNull();
    const root = roots.at(-1)!;
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('ListenFirst was updated or switched off. Reload this page');
    const field = root.querySelector('textarea')!;
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe('Every seat shows <img src=x onerror=alert(1)> since 4.2.1');
    // The agent's text is never read as markup.
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows nothing when the new sidebar takes over, and hands it the open text', async () => {
    const key = await newKey();
    const stopSidebar = vi.fn();
    const { ctx, abort, cutOff } = fakeContext();
    followExtensionLifecycle(ctx, key, stopSidebar);
    cutOff();
    const received: Handover[] = [];
    requestHandover(document, key, (handover) => received.push(handover), new AbortController().signal);
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]!.drafts).toEqual([{ ticketKey: TICKET, restatement: 'Every seat shows <img src=x onerror=alert(1)> since 4.2.1' }]);
    expect(stopSidebar).toHaveBeenCalledTimes(1);
    expect(abort).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(CUT_OFF_NOTICE_DELAY_MS * 2);
    expect(notice()).toBeNull();
  });

  it('shows nothing when invalidated while the extension still runs (a newer script of its own started)', async () => {
    const { ctx, invalidate } = fakeContext();
    followExtensionLifecycle(ctx, await newKey(), vi.fn());
    invalidate();
    await vi.advanceTimersByTimeAsync(CUT_OFF_NOTICE_DELAY_MS * 2);
    expect(notice()).toBeNull();
  });
});
