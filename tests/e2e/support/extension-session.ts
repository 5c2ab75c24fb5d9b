import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { routeHelpdesks } from './helpdesk-routes';

export interface ExtensionSession {
  readonly browser: LaunchedBrowser;
  readonly context: BrowserContext;
  /** The extension's background service worker (for reading its database or sending it messages). */
  readonly worker: Worker;
}

/**
 * One Chromium with the built extension for a whole test file, the fixture helpdesks routed at
 * their real URLs; closed after the file's tests.
 */
export function useExtensionSession(): ExtensionSession {
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    await routeHelpdesks(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = () => {
    if (!browser) throw new Error('The browser is started in beforeAll: use the session inside tests.');
    return browser;
  };
  return {
    get browser() {
      return started();
    },
    get context() {
      return started().context;
    },
    get worker() {
      const { context, extensionId } = started();
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      if (!worker) throw new Error("The extension's service worker is not running.");
      return worker;
    },
  };
}
