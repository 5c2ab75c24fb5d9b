import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMEMBERED_SITES_KEY } from '@/lib/anysite/remembered-sites';
import { SITE_PICKS_PREFIX } from '@/lib/anysite/site-picks';
import { RememberedSites } from './RememberedSites';

const container = document.createElement('div');
document.body.append(container);
beforeEach(() => fakeBrowser.reset());
afterEach(() => render(null, container));

function fakePermissions(granted: string[]) {
  return {
    granted,
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
    request: vi.fn(async ({ origins }: { origins: string[] }) => (granted.push(...origins), true)),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => (granted.splice(0, granted.length, ...granted.filter((o) => !origins.includes(o))), true)),
  };
}

const site = (origin: string) => container.querySelector<HTMLElement>(`[data-origin="${origin}"]`);

describe('RememberedSites (options page)', () => {
  it('lists the remembered sites and removes one: its picks forgotten, its permission given back', async () => {
    await fakeBrowser.storage.local.set({ [REMEMBERED_SITES_KEY]: ['https://crm.example.com', 'https://desk.example.org'], [`${SITE_PICKS_PREFIX}https://crm.example.com`]: { replyBox: 'textarea' } });
    const permissions = fakePermissions(['https://crm.example.com/*', 'https://desk.example.org/*']);
    await act(() => render(<RememberedSites patternsInUse={[]} permissions={permissions} />, container));
    await vi.waitFor(() => expect(site('https://crm.example.com')?.textContent).toContain('opens on its own'));
    await act(() => site('https://crm.example.com')!.querySelector<HTMLButtonElement>('[data-testid="lf-remove-site"]')!.click());
    await vi.waitFor(() => expect(site('https://crm.example.com')).toBeNull());
    expect(permissions.granted).toEqual(['https://desk.example.org/*']);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[REMEMBERED_SITES_KEY]).toEqual(['https://desk.example.org']);
    expect(`${SITE_PICKS_PREFIX}https://crm.example.com` in stored).toBe(false);
  });

  it('keeps the permission a configured helpdesk origin still needs', async () => {
    await fakeBrowser.storage.local.set({ [REMEMBERED_SITES_KEY]: ['https://crm.example.com'] });
    const permissions = fakePermissions(['https://crm.example.com/*']);
    await act(() => render(<RememberedSites patternsInUse={['https://crm.example.com/*']} permissions={permissions} />, container));
    await vi.waitFor(() => expect(site('https://crm.example.com')).not.toBeNull());
    await act(() => site('https://crm.example.com')!.querySelector<HTMLButtonElement>('[data-testid="lf-remove-site"]')!.click());
    await vi.waitFor(() => expect(site('https://crm.example.com')).toBeNull());
    expect(permissions.remove).not.toHaveBeenCalled();
  });
});
