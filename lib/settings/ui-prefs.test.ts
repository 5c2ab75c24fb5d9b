import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clampWidth, isSitePaused, loadSidebarPrefs, normalizePrefs, saveSidebarPrefs, setSitePaused } from './ui-prefs';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sidebar prefs', () => {
  it('defaults to open at 340 px', async () => {
    expect(await loadSidebarPrefs('zendesk')).toEqual({ collapsed: false, widthPx: 340 });
  });

  it('remembers collapse and width per helpdesk', async () => {
    await saveSidebarPrefs('zendesk', { collapsed: true, widthPx: 420 });
    expect(await loadSidebarPrefs('zendesk')).toEqual({ collapsed: true, widthPx: 420 });
    expect(await loadSidebarPrefs('freshdesk')).toEqual({ collapsed: false, widthPx: 340 });
  });

  it.each([
    [null, { collapsed: false, widthPx: 340 }],
    ['wide', { collapsed: false, widthPx: 340 }],
    [{ collapsed: 'yes', widthPx: 9999 }, { collapsed: false, widthPx: 640 }],
    [{ collapsed: true, widthPx: 10 }, { collapsed: true, widthPx: 280 }],
    [{ collapsed: true, widthPx: Number.NaN }, { collapsed: true, widthPx: 340 }],
  ])('reads a stored %j as %j', (stored, expected) => {
    expect(normalizePrefs(stored)).toEqual(expected);
  });

  it('clamps widths into the usable range', () => {
    expect(clampWidth(100)).toBe(280);
    expect(clampWidth(333.4)).toBe(333);
    expect(clampWidth(10_000)).toBe(640);
  });
});

describe('paused sites', () => {
  it('pauses and resumes one site without touching others', async () => {
    await setSitePaused('acme.zendesk.com', true);
    await setSitePaused('acme.freshdesk.com', true);
    await setSitePaused('acme.freshdesk.com', false);
    expect(await isSitePaused('acme.zendesk.com')).toBe(true);
    expect(await isSitePaused('acme.freshdesk.com')).toBe(false);
  });
});
