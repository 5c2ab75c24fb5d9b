import { describe, expect, it } from 'vitest';
import { parsePageMessage } from './page-messages';

const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${extensionId}/`;
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

describe('parsePageMessage', () => {
  it.each([
    ['the popup', { id: extensionId, url: `${origin}popup.html` }],
    ['the options page in a tab', { id: extensionId, tab, frameId: 0, url: `${origin}options.html` }],
    ['a Firefox page, whose origin is not the id', { id: 'listen-first@listenfirst.app', url: 'moz-extension://0b5f…/popup.html' }],
  ])('accepts a health query from %s', (_name, sender) => {
    const extensionOrigin = sender.url.startsWith('moz-') ? 'moz-extension://0b5f…/' : origin;
    expect(parsePageMessage({ type: 'storage/health' }, sender, sender.id, extensionOrigin)).toEqual({ ok: true, message: { type: 'storage/health' } });
  });

  it.each([
    ['a helpdesk content script', { id: extensionId, tab, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/1' }, "sender is not one of this extension's pages"],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, 'sender is not this extension'],
    ['a page with no URL', { id: extensionId }, "sender is not one of this extension's pages"],
    ['a look-alike origin', { id: extensionId, url: `chrome-extension://${extensionId}.evil/popup.html` }, "sender is not one of this extension's pages"],
  ])('refuses %s', (_name, sender, error) => {
    expect(parsePageMessage({ type: 'storage/reset' }, sender, extensionId, origin)).toEqual({ ok: false, code: 'forbidden', error });
  });

  it('refuses an unknown storage message, naming the field', () => {
    expect(parsePageMessage({ type: 'storage/drop' }, { id: extensionId, url: `${origin}popup.html` }, extensionId, origin)).toMatchObject({
      ok: false,
      code: 'invalid',
      error: expect.stringMatching(/^type: /),
    });
  });
});
