/**
 * Regenerates the README's screenshots: the sidebar beside a ticket in both fixture helpdesks, in
 * light and dark themes (the fixtures follow the system's colour scheme, and the sidebar follows
 * the page). Run with `npm run screenshots` (builds first). Writes assets/screenshots/*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { routeHelpdesks } from '../e2e/support/helpdesk-routes';
import { freshdeskEditor, freshdeskTicketUrl, openFixturePage, sidebarPart, waitForSidebar, zendeskEditor, zendeskTicketUrl } from '../e2e/support/helpdesk-pages';
import { REPO_ROOT } from '../e2e/support/repo-paths';

const OUT = path.join(REPO_ROOT, 'assets', 'screenshots');

const SCENES = {
  zendesk: {
    url: `${zendeskTicketUrl('1202', 'demo')}?late=0`,
    restatement: 'Exporting invoice INV-2291 as PDF crashes the app',
    reply:
      "Hi Daniel, thanks for the crash details. Are you sure the receipt has 52 line items? I'll reproduce it with our developers and update you by tomorrow noon.",
    async focusEditor(page: Page) {
      await zendeskEditor(page, '1202').click();
    },
  },
  freshdesk: {
    url: freshdeskTicketUrl('301', 'demo'),
    restatement: 'Since the password change, Slotwise bookings no longer reach your Outlook calendar',
    reply: "Hi Aiko, thank you for checking. This will definitely fix it: just reconnect the integration and flush the OAuth token cache.",
    async focusEditor(page: Page) {
      await page.locator('button[data-test-id="ticket-action-reply"]').click();
      await freshdeskEditor(page).click();
    },
  },
} as const;

async function main() {
  const browser = await launchBrowser({ headless: true });
  try {
    await routeHelpdesks(browser.context);
    const written: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      for (const [helpdesk, scene] of Object.entries(SCENES)) {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.close();
        const shown = await openFixturePage(browser.context, scene.url);
        await shown.emulateMedia({ colorScheme: theme });
        await shown.reload();
        await waitForSidebar(shown);
        await sidebarPart(shown, 'lf-restatement').fill(scene.restatement);
        await scene.focusEditor(shown);
        await shown.keyboard.type(scene.reply);
        await shown.waitForTimeout(600);
        const file = path.join(OUT, `${helpdesk}-${theme}.png`);
        await shown.screenshot({ path: file });
        written.push(file);
        await shown.close();
      }
    }
    console.log(written.join('\n'));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
