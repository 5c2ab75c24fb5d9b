import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HELPDESKS, hostMatchPatterns, type HelpdeskDefinition } from '@/lib/adapters/registry';
import { addAgentOrigin } from '@/lib/playbooks/helpdesk-origins';
import { setSitePaused } from '@/lib/settings/ui-prefs';
import { HelpdeskTurnOn } from './HelpdeskTurnOn';
import { PopupApp } from './PopupApp';

// The toolbar popup on an optional helpdesk's page, with WXT's fake browser: what it offers, and what
// its click asks of the browser and the background.

const container = document.createElement('div');
document.body.append(container);

const row = (id: string) => HELPDESKS.find((helpdesk) => helpdesk.id === id)! as HelpdeskDefinition;
const HELP_SCOUT = 'https://secure.helpscout.net/conversation/2718401/349';
/** What the popup hands HelpdeskTurnOn for an optional helpdesk. */
const offered = (id: string) => ({ label: row(id).label, patterns: hostMatchPatterns(row(id)) });
const OWN_DOMAIN = 'https://support.example.test';

let granted: string[];
beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  // The fake browser has no permissions: these hold what the agent allowed.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((origin) => granted.includes(origin)));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => (granted.push(...origins), true));
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
  // No sidebar answers in the tab.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
});
afterEach(() => render(null, container));

const part = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

/** The popup opened over a tab showing `url` (its address readable under the click's activeTab grant). */
async function popupOver(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
  await act(() => render(<PopupApp />, container));
  await vi.waitFor(() => expect(part('lf-popup-state') ?? part('lf-helpdesk-turn-on')).not.toBeNull());
}

describe('the toolbar popup on a helpdesk page', () => {
  it.each(HELPDESKS.filter((helpdesk) => helpdesk.permission === 'optional').map((helpdesk) => [helpdesk.label, helpdesk] as const))(
    'offers to turn on %s on its page while it is off',
    async (label, helpdesk) => {
      await popupOver(`https://${helpdesk.hosts[0]!.replace('*.', 'acme.')}/`);
      expect(part('lf-turn-on-helpdesk')?.textContent).toBe(`Turn on ListenFirst for ${label}`);
    },
  );

  it('shows the helpdesk as active, with no offer, once it is on', async () => {
    granted.push(...hostMatchPatterns(row('helpscout')));
    await popupOver(HELP_SCOUT);
    expect(part('lf-turn-on-helpdesk')).toBeNull();
    expect(part('lf-popup-state')?.textContent).toContain('Active on secure.helpscout.net (Help Scout)');
  });

  it.each([
    ['a helpdesk granted at install', 'https://acme.zendesk.com/agent/tickets/1'],
    ['a self-hosted helpdesk on an origin nobody configured', 'https://support.example.test/scp/tickets.php?id=12'],
    ['a page no adapter knows', 'https://crm.example.com/cases/12'],
  ])('offers no turn-on on %s', async (_name, url) => {
    await popupOver(url);
    expect(part('lf-turn-on-helpdesk')).toBeNull();
  });

  it("offers to turn on a helpdesk on a team's own domain configured for it, while its permission is not given", async () => {
    await addAgentOrigin({ origin: OWN_DOMAIN, helpdesk: 'osticket' });
    await popupOver(`${OWN_DOMAIN}/scp/tickets.php?id=12`);
    expect(part('lf-turn-on-helpdesk')?.textContent).toBe('Turn on ListenFirst for osTicket on support.example.test');
    part('lf-turn-on-helpdesk')!.click();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [`${OWN_DOMAIN}/*`] });
  });

  it("says the organisation switched it off, and offers nothing, when a policy's enabledHelpdesks leaves it out", async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ enabledHelpdesks: ['zendesk', 'helpscout'] });
    await popupOver('https://app.intercom.com/a/inbox/acme1/inbox/conversation/42');
    expect(part('lf-popup-state')?.textContent).toBe(`Your organisation has switched ListenFirst off for ${row('intercom').label}.`);
    expect(part('lf-turn-on-helpdesk')).toBeNull();
  });

  it('still offers it on a site the agent paused before (pausing is not turning on)', async () => {
    await setSitePaused('secure.helpscout.net', true);
    await popupOver(HELP_SCOUT);
    expect(part('lf-turn-on-helpdesk')).not.toBeNull();
  });
});

describe("HelpdeskTurnOn's click", () => {
  it("asks for the helpdesk's hosts within the click itself, then has the background start the sidebar in this tab", async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, started: true });
    await act(() => render(<HelpdeskTurnOn tabId={7} helpdesk={offered('intercom')} />, container));
    part('lf-turn-on-helpdesk')!.click();
    // Before anything is awaited: the browser shows its prompt only within the click's user gesture.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: hostMatchPatterns(row('intercom')) });
    await vi.waitFor(() => expect(part('lf-helpdesk-turn-on')!.dataset.state).toBe('on'));
    expect(sendMessage.mock.calls).toEqual([[{ type: 'helpdesk/start', tabId: 7 }]]);
    expect(container.textContent).toContain('ListenFirst is on for Intercom');
  });

  it('keeps the helpdesk off, says why and starts nothing when the agent does not allow it', async () => {
    vi.mocked(fakeBrowser.permissions.request).mockResolvedValue(false);
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await act(() => render(<HelpdeskTurnOn tabId={7} helpdesk={offered('intercom')} />, container));
    await act(() => part('lf-turn-on-helpdesk')!.click());
    await vi.waitFor(() => expect(container.textContent).toContain('Intercom stays off: ListenFirst needs permission to run on its site.'));
    expect(part('lf-helpdesk-turn-on')!.dataset.state).toBe('offered');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('says the tab needs a reload when the background could not start the sidebar there', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, code: 'browser', error: 'Cannot access contents of the page.' });
    await act(() => render(<HelpdeskTurnOn tabId={7} helpdesk={offered('intercom')} />, container));
    await act(() => part('lf-turn-on-helpdesk')!.click());
    await vi.waitFor(() => expect(part('lf-helpdesk-turn-on')!.dataset.state).toBe('on'));
    expect(container.textContent).toContain('reload this tab to see it here (Cannot access contents of the page.)');
  });
});
