import { describe, expect, it, vi } from 'vitest';
import { handleToolbarMessage, toolbarReporter, type ToolbarAction } from './toolbar-messages';

const extensionId = 'listen-first@listenfirst.app';
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const fromHelpdesk = { id: extensionId, tab, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/12' };

function recordingAction() {
  const calls: unknown[] = [];
  const action: ToolbarAction = {
    setIcon: async (details) => void calls.push(['icon', details]),
    setTitle: async (details) => void calls.push(['title', details]),
  };
  return { action, calls };
}

describe('handleToolbarMessage', () => {
  it.each([
    ['active', 'icons/active-16.png', 'ListenFirst: active on this ticket'],
    ['paused', 'icons/paused-16.png', 'ListenFirst: paused on this site'],
    ['idle', 'icons/idle-16.png', 'ListenFirst: not a ticket page'],
  ])('draws the %s state on the sender tab only', async (state, icon16, title) => {
    const { action, calls } = recordingAction();
    await expect(handleToolbarMessage({ type: 'toolbar/state', state }, fromHelpdesk, extensionId, action)).resolves.toEqual({ ok: true });
    expect(calls).toEqual([
      ['icon', { tabId: 7, path: { '16': icon16, '32': icon16.replace('-16', '-32') } }],
      ['title', { tabId: 7, title }],
    ]);
  });

  it.each([
    ['another extension', { type: 'toolbar/state', state: 'active' }, { ...fromHelpdesk, id: 'other@example.com' }, 'forbidden', 'sender is not this extension'],
    ['a frame inside the page', { type: 'toolbar/state', state: 'active' }, { ...fromHelpdesk, frameId: 2 }, 'forbidden', 'sender is not a helpdesk tab'],
    ['the popup (no tab)', { type: 'toolbar/state', state: 'active' }, { id: extensionId, url: 'moz-extension://x/popup.html' }, 'forbidden', 'sender is not a helpdesk tab'],
    ['an unknown state', { type: 'toolbar/state', state: 'busy' }, fromHelpdesk, 'invalid', "expected { type: 'toolbar/state', state: active | paused | idle }"],
    ['extra fields', { type: 'toolbar/state', state: 'idle', path: 'evil.png' }, fromHelpdesk, 'invalid', "expected { type: 'toolbar/state', state: active | paused | idle }"],
  ])('refuses %s and draws nothing', async (_name, message, sender, code, error) => {
    const { action, calls } = recordingAction();
    await expect(handleToolbarMessage(message, sender, extensionId, action)).resolves.toEqual({ ok: false, code, error });
    expect(calls).toEqual([]);
  });
});

describe('toolbarReporter', () => {
  it('sends a state once while it stays the same, and again after it changes', async () => {
    const send = vi.fn(async (_message: unknown) => ({ ok: true }));
    const report = toolbarReporter(send);
    report('idle');
    report('active');
    report('active');
    report('idle');
    expect(send.mock.calls.map(([message]) => message)).toEqual([
      { type: 'toolbar/state', state: 'idle' },
      { type: 'toolbar/state', state: 'active' },
      { type: 'toolbar/state', state: 'idle' },
    ]);
  });

  it('never throws into the caller when the extension context is gone', async () => {
    const report = toolbarReporter(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => report('active')).not.toThrow();
    await Promise.resolve();
  });

  it('sends the same state again when the background missed it', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('Receiving end does not exist')).mockResolvedValue({ ok: true });
    const report = toolbarReporter(send);
    report('active');
    await Promise.resolve();
    await Promise.resolve();
    report('active');
    expect(send).toHaveBeenCalledTimes(2);
  });
});
