import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { helpdeskDefinition } from '@/lib/adapters/registry';
import { PopupApp } from './PopupApp';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const INTERCOM = helpdeskDefinition('intercom');
const conversation = `https://${INTERCOM.hosts[0]}${INTERCOM.ticketPath({ account: 'acme1', ticketId: '42' })}`;

/** The popup over an Intercom tab, its hosts not held, under a policy that sets `enabledHelpdesks` or none. */
async function popupOverIntercom(policy: Record<string, unknown>) {
  Object.assign(fakeBrowser.tabs, { query: async () => [{ id: 7, url: conversation }] });
  Object.assign(fakeBrowser.permissions, { contains: async () => false });
  Object.assign(fakeBrowser.storage, { managed: { get: async () => policy } });
  Object.assign(fakeBrowser.commands, { getAll: async () => [] });
  await act(() => render(<PopupApp />, container));
}

beforeEach(() => fakeBrowser.reset());

describe('the toolbar popup on an optional helpdesk that is off', () => {
  it('offers to turn it on', async () => {
    await popupOverIntercom({});
    await vi.waitFor(() => expect(container.querySelector('[data-testid="lf-turn-on-helpdesk"]')?.textContent).toBe(`Turn on ListenFirst for ${INTERCOM.label}`));
  });

  it("says the organisation switched it off, and offers nothing, when a policy's enabledHelpdesks leaves it out", async () => {
    await popupOverIntercom({ enabledHelpdesks: ['zendesk', 'helpscout'] });
    await vi.waitFor(() => expect(container.querySelector('[data-testid="lf-popup-state"]')?.textContent).toBe(`Your organisation has switched ListenFirst off for ${INTERCOM.label}.`));
    expect(container.querySelector('[data-testid="lf-turn-on-helpdesk"]')).toBeNull();
  });
});
