/**
 * Regenerates the README's screenshots: the sidebar beside a ticket in both fixture helpdesks, in
 * light and dark themes (the fixtures follow the system's colour scheme, and the sidebar follows
 * the page). Run with `npm run screenshots` (builds first). Writes assets/screenshots/*.png.
 * With --store (`npm run store-images`): the same scenes at the stores' 1280x800, and the 440x280
 * promotional tile, into docs/store/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { routeHelpdesks } from '../e2e/support/helpdesk-routes';
import { freshdeskEditor, freshdeskTicketUrl, openFixturePage, sidebarPart, waitForSidebar, zendeskEditor, zendeskTicketUrl } from '../e2e/support/helpdesk-pages';
import { REPO_ROOT } from '../e2e/support/repo-paths';

const STORE = process.argv.includes('--store');
const OUT = STORE ? path.join(REPO_ROOT, 'docs', 'store') : path.join(REPO_ROOT, 'assets', 'screenshots');
/** The size both stores take for screenshots; the README's keep the test browser's 1440x900. */
const STORE_VIEWPORT = { width: 1280, height: 800 };

const SCENES = {
  zendesk: {
    url: `${zendeskTicketUrl('1202', 'demo')}?late=0`,
    // A faithful restatement of the ticket (subject and latest message): the sidebar scores it high.
    restatement:
      'Exporting invoice INV-2291 (52 line items) as PDF crashes the app on a second PC too; your accountant needs the PDFs by Thursday next week, so a workaround would help.',
    reply:
      "Hi Daniel, thanks for the crash details. Are you sure the receipt has 52 line items? I'll reproduce it with our developers and update you by tomorrow noon.",
    async focusEditor(page: Page) {
      await zendeskEditor(page, '1202').click();
    },
  },
  freshdesk: {
    url: freshdeskTicketUrl('301', 'demo'),
    restatement:
      "Since your password change, your Outlook calendar stopped syncing: the integration now shows 'Sync paused: token expired (0x80070005)', this morning's bookings from three clients are missing, and you'd like us to force a resync.",
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
        if (STORE) await shown.setViewportSize(STORE_VIEWPORT);
        await shown.reload();
        await waitForSidebar(shown);
        await sidebarPart(shown, 'lf-restatement').fill(scene.restatement);
        await scene.focusEditor(shown);
        await shown.keyboard.type(scene.reply);
        await shown.waitForTimeout(600);
        const file = path.join(OUT, `${STORE ? 'screenshot-' : ''}${helpdesk}-${theme}.png`);
        await shown.screenshot({ path: file });
        written.push(file);
        await shown.close();
      }
    }
    if (STORE) written.push(await takePromoTile(await browser.context.newPage()));
    console.log(written.join('\n'));
  } finally {
    await browser.close();
  }
}

/** The Chrome Web Store's small promotional tile: the icon, the name and what it does. */
async function takePromoTile(page: Page): Promise<string> {
  const icon = readFileSync(path.join(REPO_ROOT, 'assets', 'public', 'icons', 'active-128.png')).toString('base64');
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;
    padding:0 32px;box-sizing:border-box;background:linear-gradient(135deg,#f6f8fa,#dbe9f8);font-family:'DejaVu Sans',sans-serif;color:#1f2328">
    <img src="data:image/png;base64,${icon}" width="104" height="104" alt="">
    <div><div style="font-size:34px;font-weight:700;letter-spacing:-0.5px">ListenFirst</div>
    <div style="font-size:15px;line-height:1.4;margin-top:8px;color:#3d444d;white-space:nowrap">Listen before you reply:<br>a checklist, a restatement<br>and reply hints by each ticket.</div>
    <div style="font-size:13px;margin-top:12px;color:#0b6bcb;font-weight:600">Zendesk · Freshdesk</div></div></body></html>`);
  const file = path.join(OUT, 'promo-tile-440x280.png');
  await page.screenshot({ path: file });
  await page.close();
  return file;
}

main().catch((error: unknown) => {
  console.error(`Screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
