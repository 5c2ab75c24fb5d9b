import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Stops the extension's background service worker the way Chrome does after 30 idle seconds, through
 * the DevTools protocol's ServiceWorker domain on one of the extension's own pages (the worker's
 * scope is the extension's origin). The next event the worker listened for starts it again.
 */
export interface WorkerStopper {
  /** Resolves once Chrome reports the worker stopped. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export async function openWorkerStopper(context: BrowserContext, extensionId: string): Promise<WorkerStopper> {
  // The privacy page: an extension page that sends the worker nothing of its own.
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/privacy.html`);
  const cdp: CDPSession = await context.newCDPSession(page);
  let running = true;
  let onStopped: (() => void) | null = null;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((version) => version.scriptURL === `chrome-extension://${extensionId}/background.js`);
    if (ours.length === 0) return;
    running = ours.some((version) => version.runningStatus !== 'stopped');
    if (!running) onStopped?.();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      const stopped = new Promise<void>((resolve) => (onStopped = resolve));
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (running) await stopped;
      onStopped = null;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}
