import { describe, expect, it, vi } from 'vitest';
import { createWorkerWake, WAKE_AFTER_QUIET_MS, watchWritingIntent } from './worker-wake';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('waking the background worker when the agent starts to write', () => {
  it('wakes it at the first sign of writing after a quiet spell, once', async () => {
    const time = clock();
    const send = vi.fn(async () => ({ ok: true }));
    const wake = createWorkerWake(send, time.now);
    wake.contacted();
    time.advance(WAKE_AFTER_QUIET_MS);
    wake.writing();
    wake.writing();
    await Promise.resolve();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'listening/wake' });
  });

  it('sends nothing while the sidebar is talking to the worker anyway', async () => {
    const time = clock();
    const send = vi.fn(async () => ({ ok: true }));
    const wake = createWorkerWake(send, time.now);
    for (let i = 0; i < 10; i++) {
      wake.contacted();
      time.advance(WAKE_AFTER_QUIET_MS / 2);
      wake.writing();
    }
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps quiet when the extension was updated under the page and sending throws', async () => {
    const wake = createWorkerWake(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => wake.writing()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('hears focus and keys in the writing places only, until stopped', () => {
    const reply = document.createElement('div');
    reply.contentEditable = 'true';
    reply.append(document.createElement('p'));
    const search = document.createElement('input');
    document.body.append(reply, search);
    const onWriting = vi.fn();
    const lifetime = new AbortController();
    watchWritingIntent(document, (target) => target instanceof Node && reply.contains(target), onWriting, lifetime.signal);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onWriting).not.toHaveBeenCalled();
    reply.firstElementChild!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    reply.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onWriting).toHaveBeenCalledTimes(2);
    lifetime.abort();
    reply.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
    expect(onWriting).toHaveBeenCalledTimes(2);
  });
});
