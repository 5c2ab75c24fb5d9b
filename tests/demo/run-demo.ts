import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { defaultHeadless, launchBrowser, type LaunchedBrowser } from '../e2e/support/browser';
import { waitForFixture } from '../e2e/support/fixture-hooks';
import {
  freshdeskEditor,
  freshdeskSelectors,
  freshdeskTicketUrl,
  sidebarPart,
  waitForSidebar,
  zendeskEditor,
  zendeskTicketUrl,
} from '../e2e/support/helpdesk-pages';
import { routeHelpdesks } from '../e2e/support/helpdesk-routes';
import { REPO_ROOT } from '../e2e/support/repo-paths';

// `npm run demo` (after `wxt build`): the built extension on the bundled demo helpdesk pages,
// served at real helpdesk URLs by request routing. Nothing goes to the internet; no account needed.
// With a display: a browser window to try it in. Without one (or on CI): a scripted run that
// writes screenshots.

const ZENDESK_URL = zendeskTicketUrl('1201', 'demo');
const FRESHDESK_URL = freshdeskTicketUrl('301', 'demo');
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'demo');
const SIDEBAR_TIMEOUT_MS = 20_000;

/** A failure the demo explains in one line. */
class DemoFailure extends Error {}

async function step<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new DemoFailure(`${what}: ${detail}`);
  }
}

async function openHelpdesk(context: BrowserContext, url: string, page?: Page): Promise<Page> {
  const tab = page ?? (await context.newPage());
  await step(`opening ${url}`, async () => {
    await tab.goto(url);
    await waitForFixture(tab);
  });
  return tab;
}

async function waitForListenFirst(page: Page, url: string): Promise<void> {
  await step(
    `the ListenFirst sidebar did not appear on ${url} within ${SIDEBAR_TIMEOUT_MS / 1000} s ` +
      '(does the build have a content script? ls .output/chrome-mv3/content-scripts)',
    () => waitForSidebar(page, SIDEBAR_TIMEOUT_MS),
  );
}

/** Restatement typed into the sidebar, reply typed into the helpdesk's editor, first item ticked. */
async function useSidebar(page: Page, replyEditor: Locator, sample: { restatement: string; reply: string }) {
  await step('typing the sample restatement into the sidebar', async () => {
    await sidebarPart(page, 'lf-restatement').click();
    await page.keyboard.type(sample.restatement);
  });
  await step('typing the sample reply into the helpdesk editor', async () => {
    await replyEditor.click();
    await page.keyboard.type(sample.reply);
  });
  await step('ticking the first checklist item', () =>
    sidebarPart(page, 'lf-checklist-item').first().locator('input[type="checkbox"]').check(),
  );
  // Let the sidebar save and re-render before the picture is taken.
  await page.waitForTimeout(1000);
}

async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await step(`writing ${file}`, () => page.screenshot({ path: file, fullPage: true }));
  return file;
}

async function runHeadless(browser: LaunchedBrowser): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const { context } = browser;

  const zendesk = await openHelpdesk(context, ZENDESK_URL);
  await waitForListenFirst(zendesk, ZENDESK_URL);
  await useSidebar(zendesk, zendeskEditor(zendesk), {
    restatement: 'Since the 4.2.1 upgrade, Marta’s license key is rejected with LK-403 on all three seats, and the offline activation file from the portal is refused too.',
    // A reply that doubts the customer and renames her "license key": the sidebar points at both.
    reply: 'Hi Marta, thank you for checking all three seats. Are you sure the serial number was typed correctly? ',
  });
  const zendeskShot = await screenshot(zendesk, 'zendesk');

  const freshdesk = await openHelpdesk(context, FRESHDESK_URL);
  await waitForListenFirst(freshdesk, FRESHDESK_URL);
  await step('opening the Freshdesk reply box', async () => {
    await freshdesk.locator(freshdeskSelectors.replyButton).click();
    await freshdeskEditor(freshdesk).waitFor();
  });
  await useSidebar(freshdesk, freshdeskEditor(freshdesk), {
    restatement:
      "Since your password change, your Outlook calendar stopped syncing: the integration now shows 'Sync paused: token expired (0x80070005)', this morning's bookings from three clients are missing, and you'd like us to force a resync.",
    reply: 'Hi Aiko, sorry that reconnecting did not fix it. ',
  });
  const freshdeskShot = await screenshot(freshdesk, 'freshdesk');

  console.log('ListenFirst demo: screenshots written to');
  console.log(`  ${zendeskShot}`);
  console.log(`  ${freshdeskShot}`);
}

async function runHeaded(browser: LaunchedBrowser): Promise<void> {
  const { context } = browser;
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const zendesk = await openHelpdesk(context, ZENDESK_URL, context.pages()[0]);
  await openHelpdesk(context, FRESHDESK_URL);
  await zendesk.bringToFront();

  console.log(`ListenFirst demo: Chromium is open with the extension loaded, on two demo helpdesks:
  ${ZENDESK_URL}   (Zendesk Agent Workspace, tickets 1201 and 1202 in tabs)
  ${FRESHDESK_URL}  (Freshdesk, tickets 301 and 302 in the list)

Things to try:
  - Read the customer's latest message in the sidebar (quoted email history left out).
  - Tick checklist items and restate the problem, then insert the restatement at the top of the reply.
  - Switch to the other ticket (Zendesk tab bar / Freshdesk ticket list) and back: each keeps its own notes.
  - Reload the page: ticks and the restatement come back.
  - On Freshdesk, click Reply first to open the editor.

Close the browser window to end the demo.`);
  await closed;
}

async function main(): Promise<void> {
  const headless = defaultHeadless();
  const browser = await step('starting Chromium with the extension', () => launchBrowser({ headless }));
  const stop = () => void browser.close().then(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await routeHelpdesks(browser.context);
    if (headless) await runHeadless(browser);
    else await runHeaded(browser);
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Demo failed: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
