import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { routeHelpdesks } from './support/helpdesk-routes';
import { openFixturePage, waitForSidebar, zendeskEditor, zendeskTicketUrl } from './support/helpdesk-pages';
import { REPO_ROOT } from './support/repo-paths';

// Measurements, not timing assertions (these machines are shared and noisy): the table is printed
// and written to test-results/performance.json. The tests only check that something was measured.

const KEYSTROKE_SAMPLES = 25;
const CHURN_WINDOW_MS = 8_000;
const CHURN_ROUNDS = 4;
const browsers: LaunchedBrowser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

async function start(withExtension: boolean) {
  const browser = await launchBrowser({ withExtension });
  browsers.push(browser);
  await routeHelpdesks(browser.context);
  return browser;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
};

/** Main-thread task time (ms) the page spent over a window, from the DevTools protocol. */
async function mainThreadBusyMs(page: Page, windowMs: number): Promise<{ busy: number; elapsed: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const before = await read();
  const startedAt = Date.now();
  await page.waitForTimeout(windowMs);
  const busy = (await read()) - before;
  await cdp.detach();
  return { busy, elapsed: Date.now() - startedAt };
}

const results: Record<string, number | string> = {};

describe('performance on the Zendesk fixture', () => {
  it('measures the time from a keystroke to the updated hint list', async () => {
    const browser = await start(true);
    const page = await openFixturePage(browser.context, `${zendeskTicketUrl('1202', 'perf')}?late=0`);
    await waitForSidebar(page);
    await page.evaluate(() => {
      const state = { keyAt: 0, latencies: [] as number[] };
      (window as unknown as { lfPerf: typeof state }).lfPerf = state;
      document.addEventListener('keydown', () => (state.keyAt = performance.now()), true);
      const hints = document.querySelector('listen-first-sidebar')!.shadowRoot!.querySelector('[data-testid="lf-hints"]')!;
      new MutationObserver(() => {
        if (state.keyAt && hints.querySelector('[data-category="doubting"]')) {
          state.latencies.push(performance.now() - state.keyAt);
          state.keyAt = 0;
        }
      }).observe(hints, { childList: true, subtree: true });
    });
    const editor = zendeskEditor(page, '1202');
    await editor.click();
    for (let i = 0; i < KEYSTROKE_SAMPLES; i++) {
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await page.waitForFunction(() => !document.querySelector('listen-first-sidebar')!.shadowRoot!.querySelector('[data-category="doubting"]'));
      await page.keyboard.type('Hi Daniel, are you sur');
      await page.evaluate(() => ((window as unknown as { lfPerf: { keyAt: number } }).lfPerf.keyAt = 0));
      await page.keyboard.press('e');
      await page.waitForFunction(() => document.querySelector('listen-first-sidebar')!.shadowRoot!.querySelector('[data-category="doubting"]'));
    }
    const latencies = await page.evaluate(() => (window as unknown as { lfPerf: { latencies: number[] } }).lfPerf.latencies);
    expect(latencies.length).toBeGreaterThanOrEqual(KEYSTROKE_SAMPLES - 2);
    results['keystroke → hints, median (ms)'] = median(latencies).toFixed(1);
    results['keystroke → hints, p90 (ms)'] = percentile(latencies, 0.9).toFixed(1);
    results['keystroke samples'] = latencies.length;
  });

  it('measures the main-thread time the extension adds while the conversation churns', async () => {
    // Both pages churn side by side; their windows alternate so machine noise hits both alike.
    const pages: Record<'with' | 'without', Page> = {} as never;
    for (const mode of ['without', 'with'] as const) {
      const browser = await start(mode === 'with');
      pages[mode] = await openFixturePage(browser.context, `${zendeskTicketUrl('1201', 'perf')}?late=0&churn=1`);
      if (mode === 'with') await waitForSidebar(pages[mode]);
    }
    await pages.with.waitForTimeout(1_500);
    const runs = { with: { busy: 0, elapsed: 0 }, without: { busy: 0, elapsed: 0 } };
    for (let round = 0; round < CHURN_ROUNDS; round++) {
      for (const mode of round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        const window = await mainThreadBusyMs(pages[mode], CHURN_WINDOW_MS / CHURN_ROUNDS);
        runs[mode].busy += window.busy;
        runs[mode].elapsed += window.elapsed;
      }
    }
    const ticks = await pages.with.evaluate(() => (window as unknown as { __lfFixture: { churnTicks(): number } }).__lfFixture.churnTicks());
    results['conversation mutations during the run'] = ticks;
    const added = runs.with.busy - runs.without.busy;
    const addedShare = added / runs.with.elapsed;
    results['measured window per mode (ms)'] = runs.with.elapsed;
    results['main thread busy without extension (ms)'] = runs.without.busy.toFixed(0);
    results['main thread busy with extension (ms)'] = runs.with.busy.toFixed(0);
    results['with / without'] = (runs.with.busy / runs.without.busy).toFixed(2);
    results['added main-thread time (% of wall clock)'] = (addedShare * 100).toFixed(2);
    expect(runs.with.busy).toBeGreaterThan(0);
    expect(runs.without.busy).toBeGreaterThan(0);

    console.log(`\nListenFirst performance (Zendesk fixture)\n${Object.entries(results).map(([k, v]) => `  ${k.padEnd(44)} ${v}`).join('\n')}\n`);
    const out = path.join(REPO_ROOT, 'test-results');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'performance.json'), JSON.stringify(results, null, 2));
  });
});
