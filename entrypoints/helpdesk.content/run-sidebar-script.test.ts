import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setSitePaused } from '@/lib/settings/ui-prefs';
import { runSidebarScript } from './run-sidebar-script';
import type { RunningSidebar } from './start-sidebar';

beforeEach(() => fakeBrowser.reset());

function fakeContext() {
  const lifetime = new AbortController();
  const ctx = { signal: lifetime.signal, get isInvalid() { return lifetime.signal.aborted; }, onInvalidated: (callback: () => void) => lifetime.signal.addEventListener('abort', callback) };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => lifetime.abort() };
}

/** A start that finishes when the test says so, like one awaiting storage and mounting. */
function slowStart() {
  const finishers: (() => void)[] = [];
  const sidebars: { stop: ReturnType<typeof vi.fn> }[] = [];
  const start = vi.fn(
    () =>
      new Promise<RunningSidebar>((resolve) => {
        const sidebar = { stop: vi.fn(), refresh: vi.fn() };
        sidebars.push(sidebar);
        finishers.push(() => resolve(sidebar));
      }),
  );
  return { start, sidebars, finishAll: () => finishers.splice(0).forEach((finish) => finish()) };
}

describe('runSidebarScript', () => {
  it('starts one sidebar when the pause changes while the first start is still under way', async () => {
    const { ctx } = fakeContext();
    const { start, sidebars, finishAll } = slowStart();
    const running = runSidebarScript(ctx, start);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    // Another site paused from the popup: this site's watch hears "not paused" again mid-start.
    await setSitePaused('elsewhere.example.com', true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    finishAll();
    await running;
    expect(start).toHaveBeenCalledTimes(1);
    expect(sidebars.map((sidebar) => sidebar.stop.mock.calls.length)).toEqual([0]);
  });

  it('stops a sidebar whose start finishes after the agent paused the site', async () => {
    const { ctx } = fakeContext();
    const { start, sidebars, finishAll } = slowStart();
    const running = runSidebarScript(ctx, start);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    await setSitePaused(location.hostname, true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    finishAll();
    await running;
    expect(sidebars[0]!.stop).toHaveBeenCalledTimes(1);
  });

  it('starts again once unpaused, and not at all after the context is gone', async () => {
    const { ctx, invalidate } = fakeContext();
    await setSitePaused(location.hostname, true);
    const { start, finishAll } = slowStart();
    await runSidebarScript(ctx, start);
    expect(start).not.toHaveBeenCalled();
    await setSitePaused(location.hostname, false);
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    finishAll();
    invalidate();
    await setSitePaused(location.hostname, true);
    await setSitePaused(location.hostname, false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
