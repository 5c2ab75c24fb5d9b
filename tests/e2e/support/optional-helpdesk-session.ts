import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
import { helpdeskDefinition, hostMatchPatterns, type HelpdeskId } from '../../../lib/adapters/registry';
import { copyExtension, launchExtensionCopy, type ExtensionCopy, type LaunchedCopy } from './extension-copy';
import { registeredContentScripts } from './extension-storage';
import { routeHelpdesks } from './helpdesk-routes';

export interface OptionalHelpdeskSession {
  readonly context: BrowserContext;
  readonly worker: Worker;
}

/**
 * One Chromium for a test file with a copy of the extension that holds an optional helpdesk's host
 * permission from install (as an IT department's policy, or an agent's earlier click, leaves it:
 * the permission prompt can't be answered from automation), the fixture helpdesks routed at their
 * real URLs. Tests start once the background has registered that helpdesk's scripts.
 */
export function useOptionalHelpdeskSession(helpdesk: HelpdeskId): OptionalHelpdeskSession {
  let copy: ExtensionCopy | undefined;
  let browser: LaunchedCopy | undefined;
  beforeAll(async () => {
    copy = await copyExtension({ grantHosts: hostMatchPatterns(helpdeskDefinition(helpdesk)) });
    browser = await launchExtensionCopy(copy);
    await routeHelpdesks(browser.context);
    const worker = browser.worker;
    const deadline = Date.now() + 10_000;
    while (!(await registeredContentScripts(worker)).some((script) => script.id.includes(helpdesk))) {
      if (Date.now() > deadline) throw new Error(`The ${helpdesk} scripts were never registered.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await copy?.remove();
  });
  const started = () => {
    if (!browser) throw new Error('The browser is started in beforeAll: use the session inside tests.');
    return browser;
  };
  return {
    get context() {
      return started().context;
    },
    get worker() {
      return started().worker;
    },
  };
}
