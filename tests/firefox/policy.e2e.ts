import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zendeskTicketUrl } from '../e2e/support/helpdesk-pages';
import { policyPlaybook } from '../e2e/support/policy-playbook';
import { firefoxExtensionId, inSidebar, launchFirefox, sidebarTestId, textsOf, type LaunchedFirefox } from './support/firefox';

// A team playbook the way IT departments roll it out to Firefox: policies.json's 3rdparty section,
// in a real file beside the binary of a Firefox started for this test (no other Firefox reads it).

const policy = {
  playbook: policyPlaybook('Acme IT policy', 'Greet them by name (policy)'),
  locked: { hintCategories: true },
  retentionDays: 14,
};

let firefox: LaunchedFirefox;
beforeAll(async () => {
  firefox = await launchFirefox({ policies: { '3rdparty': { Extensions: { [await firefoxExtensionId()]: policy } } } });
});
afterAll(async () => {
  await firefox?.close();
});

describe('a team playbook from Firefox policies.json', () => {
  it("puts the policy's checklist in the sidebar", async () => {
    const page = await firefox.openHelpdeskPage(`${zendeskTicketUrl('1201', 'policy')}?late=0`);
    await page.waitForSelector(sidebarTestId('lf-checklist'), { visible: true, timeout: 15_000 });
    await expect
      .poll(() => textsOf(page, inSidebar('[data-testid="lf-checklist-item"] label')), { timeout: 10_000 })
      .toEqual(['Greet them by name (policy)', 'Restate the request before anything else (required)']);
    await page.close();
  });

  it('locks what it sets on the options page: "Set by your organisation"', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="lf-policy-notice"]', { visible: true });
    expect(await textsOf(options, '[data-testid="lf-playbook-current"]')).toEqual(['Acme IT policy']);
    expect((await textsOf(options, '[data-testid="lf-playbook-source"]'))[0]).toContain('Set by your organisation.');
    expect(await options.$eval('[data-testid="lf-import-file"]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    const retention = await options.$eval('[data-testid="lf-options-retention"] input', (input) => [(input as HTMLInputElement).value, (input as HTMLInputElement).disabled]);
    expect(retention).toEqual(['14', true]);
    // Every hint category is locked, and each says so.
    const categories = await options.$$eval('[data-testid="lf-options-categories"] input', (inputs) => inputs.map((input) => (input as HTMLInputElement).disabled));
    expect(categories.length).toBeGreaterThan(0);
    expect(categories.every(Boolean)).toBe(true);
    await options.close();
  });
});
