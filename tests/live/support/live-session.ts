import { afterAll, beforeAll } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { HelpdeskId } from '../../../lib/adapters/registry';
// helpdesk-origin.ts, not helpdesk-origins.ts: that one defines its storage item at load, which needs the extension's APIs.
import { HELPDESK_ORIGINS_KEY, ORIGIN_SCRIPT_PREFIX, originMatchPattern } from '../../../lib/playbooks/helpdesk-origin';
import { copyExtension, launchExtensionCopy, type ExtensionCopy, type LaunchedCopy } from '../../e2e/support/extension-copy';
import { registeredContentScripts, storedDraftRows } from '../../e2e/support/extension-storage';
import type { RunningHelpdesk } from './running-helpdesk';

const BRING_UP_TIMEOUT_MS = 240_000;
const REGISTRATION_TIMEOUT_MS = 15_000;

export interface LiveSession<Seeded> {
  readonly helpdesk: RunningHelpdesk<Seeded>;
  /** Chromium with the extension: its context, its service worker, its id. */
  readonly browser: LaunchedCopy;
  /**
   * The reply the extension keeps for a ticket key ('' when none), read in a quiet page of its own
   * origin (its privacy page, opened once). Not in the service worker: Chromium stops it after 30 s
   * without events, and Playwright's evaluate in a stopped worker waits, with no timeout, until
   * something wakes it (a CI run hung 90 s on it); a page stays up.
   */
  storedReply(key: string): Promise<string>;
}

/**
 * One real helpdesk and one Chromium for a live test file. Brings the helpdesk up from its archive
 * (its bring-up script, given the archive's path), then starts the built extension with the
 * helpdesk's origin added as a team adds its own (the agent's origin list in storage, as the
 * options page writes it) and its permission granted at install (Chromium's prompt can't be
 * answered from automation); waits until the background has registered the origin's scripts.
 * Takes both down after the file's tests, the helpdesk by the PIDs it started.
 */
export function useLiveHelpdesk<Seeded>(helpdesk: HelpdeskId, archive: string, bringUp: (archive: string) => Promise<RunningHelpdesk<Seeded>>): LiveSession<Seeded> {
  let running: RunningHelpdesk<Seeded> | undefined;
  let copy: ExtensionCopy | undefined;
  let browser: LaunchedCopy | undefined;
  let extensionPage: Promise<Page> | undefined;
  beforeAll(async () => {
    running = await bringUp(archive);
    console.log(`${helpdesk}: brought up and seeded in ${(running.tookMs / 1000).toFixed(1)} s at ${running.origin}`);
    copy = await copyExtension({ grantHosts: [originMatchPattern(running.origin)] });
    browser = await launchExtensionCopy(copy);
    await addHelpdeskOrigin(browser.worker, running.origin, helpdesk);
  }, BRING_UP_TIMEOUT_MS);
  afterAll(async () => {
    extensionPage = undefined;
    await browser?.close();
    await copy?.remove();
    await running?.stop();
  }, 60_000);
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The helpdesk and browser are started in beforeAll: use the session inside tests.');
    return value;
  };
  return {
    get helpdesk() {
      return started(running);
    },
    get browser() {
      return started(browser);
    },
    async storedReply(key) {
      const { context, extensionId } = started(browser);
      extensionPage ??= context.newPage().then(async (page) => {
        await page.goto(`chrome-extension://${extensionId}/privacy.html`);
        return page;
      });
      return (await storedDraftRows(await extensionPage)).find((row) => row.key === key)?.reply ?? '';
    },
  };
}

/** The origin in the agent's list (the storage the options page writes), then its scripts registered by the background. */
async function addHelpdeskOrigin(worker: Worker, origin: string, helpdesk: HelpdeskId): Promise<void> {
  await worker.evaluate(
    ([key, entry]) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ [key]: [entry] }),
    [HELPDESK_ORIGINS_KEY, { origin, helpdesk }] as const,
  );
  const id = `${ORIGIN_SCRIPT_PREFIX}${originMatchPattern(origin)}#helpdesk`;
  const until = Date.now() + REGISTRATION_TIMEOUT_MS;
  while (!(await registeredContentScripts(worker)).some((script) => script.id === id)) {
    if (Date.now() > until) throw new Error(`The scripts for ${origin} (${helpdesk}) were not registered with its permission held`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
