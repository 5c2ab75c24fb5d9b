import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionalHelpdesks } from './OptionalHelpdesks';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const desk = { id: 'examplehelp', label: 'Example Help', hosts: ['*.examplehelp.test'], permission: 'optional' as const };

function fakePermissions(granted: string[] = []) {
  return {
    granted,
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
    request: vi.fn(async ({ origins }: { origins: string[] }) => (granted.push(...origins), true)),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => (granted.splice(0, granted.length, ...granted.filter((o) => !origins.includes(o))), true)),
  };
}

const button = () => container.querySelector<HTMLButtonElement>('[data-helpdesk="examplehelp"] button')!;

describe('OptionalHelpdesks', () => {
  it("asks for the helpdesk's hosts in the click that turns it on, and gives them back when turned off", async () => {
    const permissions = fakePermissions();
    await act(() => render(<OptionalHelpdesks helpdesks={[desk]} permissions={permissions} />, container));
    await vi.waitFor(() => expect(button().textContent).toBe('Turn on'));
    await act(() => button().click());
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://*.examplehelp.test/*'] });
    await vi.waitFor(() => expect(button().textContent).toBe('Turn off'));
    await act(() => button().click());
    await vi.waitFor(() => expect(button().textContent).toBe('Turn on'));
    expect(permissions.granted).toEqual([]);
  });

  it.each([
    ['every one runs it', { ok: true as const, started: false }, 'ListenFirst now runs on Example Help, and in its 2 open tabs.'],
    ['one could not start', { ok: false as const, code: 'browser' as const, error: 'Cannot access contents of the page' }, 'ListenFirst now runs on Example Help. Reload its open tabs to see it there.'],
  ])("starts the sidebar in the helpdesk's tabs open now, and says so (%s)", async (_name, second, said) => {
    const permissions = fakePermissions();
    const startHelpdesk = vi.fn(async (tabId: number) => (tabId === 9 ? second : { ok: true as const, started: true }));
    const query = vi.fn(async ({ url }: { url: string[] }) => (url.includes('*://*.examplehelp.test/*') ? [{ id: 4 }, { id: 9 }, {}] : []));
    await act(() => render(<OptionalHelpdesks helpdesks={[desk]} permissions={permissions} openTabs={{ tabs: { query }, startHelpdesk }} />, container));
    await vi.waitFor(() => expect(button().textContent).toBe('Turn on'));
    await act(() => button().click());
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe(said));
    expect(startHelpdesk.mock.calls).toEqual([[4], [9]]);
  });

  it('asks no tab to start when the browser refused the permission', async () => {
    const permissions = { ...fakePermissions(), request: vi.fn(async () => false) };
    const startHelpdesk = vi.fn();
    const query = vi.fn(async () => [{ id: 4 }]);
    await act(() => render(<OptionalHelpdesks helpdesks={[desk]} permissions={permissions} openTabs={{ tabs: { query }, startHelpdesk }} />, container));
    await vi.waitFor(() => expect(button().textContent).toBe('Turn on'));
    await act(() => button().click());
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('Example Help stays off: ListenFirst needs permission to run on its site.'));
    expect(query).not.toHaveBeenCalled();
    expect(startHelpdesk).not.toHaveBeenCalled();
  });

  it('offers nothing to turn on for a helpdesk a policy switched off, and says so', async () => {
    const permissions = fakePermissions();
    await act(() => render(<OptionalHelpdesks helpdesks={[desk]} permissions={permissions} switchedOff={new Set(['examplehelp'])} />, container));
    await vi.waitFor(() => expect(container.querySelector('[data-helpdesk="examplehelp"] [data-testid="lf-locked"]')?.textContent).toBe('Switched off by your organisation'));
    expect(button()).toBeNull();
  });

  it('shows nothing while the registry has no optional helpdesk', async () => {
    await act(() => render(<OptionalHelpdesks helpdesks={[]} permissions={fakePermissions()} />, container));
    expect(container.childNodes).toHaveLength(0);
  });
});
