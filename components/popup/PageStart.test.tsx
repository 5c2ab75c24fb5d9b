import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMEMBERED_SITES_KEY } from '@/lib/anysite/remembered-sites';
import { PageStart, type PageStartBrowser } from './PageStart';

const container = document.createElement('div');
document.body.append(container);
beforeEach(() => fakeBrowser.reset());
afterEach(() => render(null, container));

function fakeApi(overrides: Partial<PageStartBrowser> = {}) {
  return {
    startOnPage: vi.fn(async (_tabId: number) => ({ ok: true as const, started: true })),
    sidebarStatus: vi.fn(async (_tabId: number) => null),
    requestOrigin: vi.fn(async (_pattern: string) => true),
    siteRemembered: vi.fn(async (_origin: string) => false),
    ...overrides,
  } satisfies PageStartBrowser;
}

const part = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

describe('PageStart (the toolbar popup on a page no adapter knows)', () => {
  it('asks the background to start the sidebar in the active tab, and that tab only, on the click', async () => {
    const api = fakeApi();
    await act(() => render(<PageStart tabId={7} url="https://crm.example.com/cases/12" api={api} />, container));
    await vi.waitFor(() => expect(part('lf-use-on-page')).not.toBeNull());
    expect(api.startOnPage).not.toHaveBeenCalled();
    await act(() => part('lf-use-on-page')!.click());
    expect(vi.mocked(api.startOnPage).mock.calls).toEqual([[7]]);
    await vi.waitFor(() => expect(part('lf-page-start')!.dataset.state).toBe('running'));
  });

  it('says why when the background could not start it, and offers it again', async () => {
    const api = fakeApi({ startOnPage: vi.fn(async () => ({ ok: false as const, code: 'browser' as const, error: 'the browser refused' })) });
    await act(() => render(<PageStart tabId={7} url="https://crm.example.com/cases/12" api={api} />, container));
    await vi.waitFor(() => expect(part('lf-use-on-page')).not.toBeNull());
    await act(() => part('lf-use-on-page')!.click());
    await vi.waitFor(() => expect(container.textContent).toContain('the browser refused'));
    expect(part('lf-page-start')!.dataset.state).toBe('offered');
  });

  it.each([
    ["the browser's own pages", 'chrome://extensions/'],
    ['the new tab page', 'about:blank'],
    ['a local file', 'file:///home/agent/case.html'],
    ['the Chrome Web Store', 'https://chromewebstore.google.com/detail/listenfirst/abc'],
    ['the old Chrome Web Store', 'https://chrome.google.com/webstore/detail/abc'],
    ["Firefox's add-ons site", 'https://addons.mozilla.org/en-US/firefox/addon/x/'],
    ["Edge's add-ons site", 'https://microsoftedge.microsoft.com/addons/detail/x'],
  ])('offers nothing on %s', async (_name, url) => {
    const api = fakeApi();
    await act(() => render(<PageStart tabId={7} url={url} api={api} />, container));
    expect(container.childNodes).toHaveLength(0);
    expect(api.sidebarStatus).not.toHaveBeenCalled();
  });

  it("asks for the site's permission in the click that remembers it, and lists it", async () => {
    const api = fakeApi({ sidebarStatus: vi.fn(async () => ({ helpdesk: 'crm.example.com', onPage: true as const, paused: false, ticket: null, layout: null })) });
    await act(() => render(<PageStart tabId={7} url="https://crm.example.com/cases/12" api={api} />, container));
    await vi.waitFor(() => expect(part('lf-remember-site')).not.toBeNull());
    await act(() => part('lf-remember-site')!.click());
    expect(api.requestOrigin).toHaveBeenCalledWith('https://crm.example.com/*');
    await vi.waitFor(() => expect(part('lf-page-start')!.dataset.state).toBe('remembered'));
    expect((await fakeBrowser.storage.local.get(REMEMBERED_SITES_KEY))[REMEMBERED_SITES_KEY]).toEqual(['https://crm.example.com']);
  });

  it('takes the site off the list again when the browser refuses its permission', async () => {
    const api = fakeApi({
      sidebarStatus: vi.fn(async () => ({ helpdesk: 'crm.example.com', onPage: true as const, paused: false, ticket: null, layout: null })),
      requestOrigin: vi.fn(async () => false),
    });
    await act(() => render(<PageStart tabId={7} url="https://crm.example.com/cases/12" api={api} />, container));
    await vi.waitFor(() => expect(part('lf-remember-site')).not.toBeNull());
    await act(() => part('lf-remember-site')!.click());
    await vi.waitFor(() => expect(container.textContent).toContain('Not remembered'));
    expect((await fakeBrowser.storage.local.get(REMEMBERED_SITES_KEY))[REMEMBERED_SITES_KEY]).toEqual([]);
  });
});
