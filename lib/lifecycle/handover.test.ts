import { describe, expect, it, vi } from 'vitest';
import { HANDOVER_EVENT, HANDOVER_REQUEST_EVENT, offerHandover, openHandover, requestHandover, sealHandover, type Handover } from './handover';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const NONCE = '0123456789abcdef0123456789abcdef';
const HANDOVER: Handover = { drafts: [{ ticketKey: 'zendesk:https://acme.zendesk.com#12', restatement: 'Every seat shows LK-403 since 4.2.1' }], bridgeKey: 'ab'.repeat(32) };

describe('sealing what the old sidebar hands over', () => {
  it('opens with the same key and nonce', async () => {
    const key = await newKey();
    expect(await openHandover(key, NONCE, await sealHandover(key, NONCE, HANDOVER))).toEqual(HANDOVER);
  });

  it('refuses an answer sealed with another key (the page cannot make one up)', async () => {
    expect(await openHandover(await newKey(), NONCE, await sealHandover(await newKey(), NONCE, HANDOVER))).toBeNull();
  });

  it('refuses an answer sealed for another request (an earlier one replayed)', async () => {
    const key = await newKey();
    expect(await openHandover(key, 'f'.repeat(32), await sealHandover(key, NONCE, HANDOVER))).toBeNull();
  });

  it('refuses text that is not a sealed answer', async () => {
    const key = await newKey();
    expect(await openHandover(key, NONCE, 'not.sealed')).toBeNull();
    expect(await openHandover(key, NONCE, '')).toBeNull();
  });
});

describe('the hand-over between the old and the new sidebar script', () => {
  it('hands the text over once, when the old script is cut off, and never shows it to the page', async () => {
    const key = await newKey();
    let cutOff = false;
    const handedOver = vi.fn();
    offerHandover(document, { key, cutOff: () => cutOff, collect: () => HANDOVER, handedOver });
    const seenByPage: string[] = [];
    document.addEventListener(HANDOVER_EVENT, (event) => seenByPage.push(String((event as CustomEvent).detail)));

    // Still connected (a second tab's script, say): it keeps its text.
    const early = vi.fn();
    requestHandover(document, key, early, new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(early).not.toHaveBeenCalled();

    cutOff = true;
    const received = vi.fn();
    requestHandover(document, key, received, new AbortController().signal);
    await vi.waitFor(() => expect(received).toHaveBeenCalledWith(HANDOVER));
    expect(handedOver).toHaveBeenCalledTimes(1);
    expect(seenByPage.join(' ')).not.toContain('LK-403');
    expect(seenByPage.join(' ')).not.toContain('ab'.repeat(32));

    // Answered once: a later request (the page's, or a third script's) gets nothing.
    const later = vi.fn();
    requestHandover(document, key, later, new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(later).not.toHaveBeenCalled();
  });

  it("ignores the page's own answer to a request", async () => {
    const key = await newKey();
    const received = vi.fn();
    document.addEventListener(HANDOVER_REQUEST_EVENT, (event) => {
      const nonce = String((event as CustomEvent).detail);
      document.dispatchEvent(new CustomEvent(HANDOVER_EVENT, { detail: `${nonce}.${'00'.repeat(12)}.${'00'.repeat(40)}` }));
    }, { once: true });
    requestHandover(document, key, received, new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).not.toHaveBeenCalled();
  });
});
