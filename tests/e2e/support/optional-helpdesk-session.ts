import { afterAll, beforeAll } from 'vitest';
import { hostMatchPatterns, helpdeskDefinition, type HelpdeskId } from '../../../lib/adapters/registry';
import { copyExtension, launchExtensionCopy, type ExtensionCopy, type LaunchedCopy } from './extension-copy';
import { registeredContentScripts } from './extension-storage';
import { routeHelpdesks, type HelpdeskRouteOptions } from './helpdesk-routes';

/**
 * One Chromium for a test file with an optional helpdesk turned on: its host permission granted at
 * install (as an IT department's policy or a click on Allow would; Chromium's prompt can't be
 * answered from automation), so the background registers its scripts at startup. Waits until they
 * are registered; `extraHosts` are granted too (a self-hosted origin, say).
 */
export function useOptionalHelpdeskSession(helpdesk: HelpdeskId, options: { extraHosts?: string[]; routes?: HelpdeskRouteOptions } = {}) {
  let copy: ExtensionCopy | undefined;
  let browser: LaunchedCopy | undefined;
  beforeAll(async () => {
    copy = await copyExtension({ grantHosts: [...hostMatchPatterns(helpdeskDefinition(helpdesk)), ...(options.extraHosts ?? [])] });
    browser = await launchExtensionCopy(copy);
    await routeHelpdesks(browser.context, options.routes);
    const until = Date.now() + 10_000;
    while (!(await registeredContentScripts(browser.worker)).some((script) => script.id.includes(helpdesk))) {
      if (Date.now() > until) throw new Error(`The ${helpdesk} scripts were not registered with its host permission held`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await copy?.remove();
  });
  const started = () => {
    if (!browser || !copy) throw new Error('The browser is started in beforeAll: use the session inside tests.');
    return { browser, copy };
  };
  return {
    get context() {
      return started().browser.context;
    },
    get worker() {
      return started().browser.worker;
    },
    get extensionId() {
      return started().copy.extensionId;
    },
  };
}
