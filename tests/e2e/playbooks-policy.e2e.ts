import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HELPDESK_IDS } from '../../lib/adapters/registry';
import { extensionPolicyFile, type ExtensionPolicyFile } from './support/chromium-policy';
import { copyExtension, launchExtensionCopy, openOptionsPage, type ExtensionCopy, type LaunchedCopy } from './support/extension-copy';
import { readLocalItem, readManagedStorage } from './support/extension-storage';
import { routeHelpdesks } from './support/helpdesk-routes';
import { policyPlaybook } from './support/policy-playbook';
import { sidebarPart, waitForSidebar, zendeskTicketUrl } from './support/helpdesk-pages';

// Browser policy, the way IT departments deploy it: a JSON file in /etc/chromium/policies/managed,
// read by Chromium before the extension starts. The extension copy has its own key (and id), so
// this policy cannot reach other test runs on the machine.

const firstPolicy = {
  playbook: policyPlaybook('Acme IT policy', 'Greet them by name (policy)'),
  locked: { hintCategories: true },
  retentionDays: 14,
  // Every helpdesk but Intercom.
  enabledHelpdesks: HELPDESK_IDS.filter((id) => id !== 'intercom'),
};

let copy: ExtensionCopy;
let policy: ExtensionPolicyFile;
let browser: LaunchedCopy;

beforeAll(async () => {
  copy = await copyExtension({ testKey: true });
  policy = await extensionPolicyFile(copy.extensionId);
  await policy.write(firstPolicy); // before the browser starts: Chromium reads policy at launch
  browser = await launchExtensionCopy(copy);
  await routeHelpdesks(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await policy?.remove();
  await copy?.remove();
});

const checklistLabels = (page: Page) => sidebarPart(page, 'lf-checklist-item').locator('label').allTextContents();

describe('a browser policy', () => {
  it('reaches the extension through managed storage, every key intact', async () => {
    await expect.poll(() => readManagedStorage(browser.worker), { timeout: 10_000 }).toEqual(firstPolicy);
  });

  it("puts the policy's checklist in the sidebar", async () => {
    const page = await browser.context.newPage();
    await page.goto(zendeskTicketUrl('1201'));
    await waitForSidebar(page);
    await expect.poll(() => checklistLabels(page), { timeout: 10_000 }).toEqual(['Greet them by name (policy)', 'Restate the request before anything else (required)']);
    await page.close();
  });

  it('locks what it sets on the options page: "Set by your organisation"', async () => {
    const page = await openOptionsPage(browser.context, copy.extensionId);
    expect(await page.getByTestId('lf-policy-notice').isVisible()).toBe(true);
    expect(await page.getByTestId('lf-playbook-current').textContent()).toBe('Acme IT policy');
    expect(await page.getByTestId('lf-playbook-source').textContent()).toContain('Set by your organisation.');
    // The playbook: no import, no subscription, no editing; export and preview still work.
    expect(await page.getByTestId('lf-import-file').isDisabled()).toBe(true);
    expect(await page.getByTestId('lf-subscription').evaluate((fieldset: HTMLFieldSetElement) => fieldset.disabled)).toBe(true);
    expect(await page.getByTestId('lf-item-label').first().isDisabled()).toBe(true);
    expect(await page.getByTestId('lf-preview').textContent()).toContain('Greet them by name (policy)');
    // Retention, wording and every hint category are locked, and each says so.
    const retention = page.getByTestId('lf-options-retention');
    expect(await retention.getByRole('spinbutton').inputValue()).toBe('14');
    expect(await retention.getByRole('spinbutton').isDisabled()).toBe(true);
    expect(await retention.getByTestId('lf-locked').textContent()).toBe('Set by your organisation');
    expect(await page.getByTestId('lf-options-prefix').inputValue()).toBe('Let me check I have this right: ');
    expect(await page.getByTestId('lf-options-prefix').isDisabled()).toBe(true);
    const categories = page.getByTestId('lf-options-categories');
    // Twelve category switches and no-next-step's absence reading beneath its own.
    expect(await categories.locator('input:disabled').count()).toBe(13);
    expect(await categories.getByTestId('lf-locked').count()).toBe(12);
    // A helpdesk the policy leaves out has nothing to turn on; the others can be.
    const helpdesk = (id: string) => page.locator(`[data-testid="lf-optional-helpdesk"][data-helpdesk="${id}"]`);
    expect(await helpdesk('intercom').getByTestId('lf-locked').textContent()).toBe('Switched off by your organisation');
    expect(await helpdesk('intercom').getByRole('button').count()).toBe(0);
    expect(await helpdesk('helpscout').getByRole('button').textContent()).toBe('Turn on');
    // Custom helpdesk origins are not locked by this policy.
    expect(await page.getByTestId('lf-origin-add').isDisabled()).toBe(false);

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('applies a change live, in the sidebar and the options page, without a reload', async () => {
    const sidebarPage = await browser.context.newPage();
    await sidebarPage.goto(zendeskTicketUrl('1201'));
    await waitForSidebar(sidebarPage);
    const options = await openOptionsPage(browser.context, copy.extensionId);

    await policy.write({ ...firstPolicy, playbook: policyPlaybook('Acme IT policy v2', 'Use their name (policy v2)'), retentionDays: 21 });
    await expect.poll(() => checklistLabels(sidebarPage), { timeout: 20_000 }).toContain('Use their name (policy v2)');
    await expect.poll(() => options.getByTestId('lf-playbook-current').textContent(), { timeout: 10_000 }).toBe('Acme IT policy v2');
    expect(await options.getByTestId('lf-options-retention-days').inputValue()).toBe('21');
    await sidebarPage.close();
    await options.close();
  });

  it('keeps the last good playbook when the policy turns invalid, and says what is wrong', async () => {
    const broken = policyPlaybook('Broken policy', 'never shown') as { checklists: { items: Record<string, unknown>[] }[] };
    delete broken.checklists[0]!.items[1]!.label;
    await policy.write({ ...firstPolicy, playbook: broken, retentionDays: 30 });
    const options = await openOptionsPage(browser.context, copy.extensionId);
    await expect.poll(() => options.getByTestId('lf-policy-problems').textContent(), { timeout: 20_000 }).toContain(
      'playbook.checklists[0].items[1].label: expected text, got nothing',
    );
    // The valid key applies; the invalid one keeps its last good value.
    expect(await options.getByTestId('lf-options-retention-days').inputValue()).toBe('30');
    expect(await options.getByTestId('lf-playbook-current').textContent()).toBe('Acme IT policy v2');
    expect(await readLocalItem<{ playbook: { name: string } }>(browser.worker, 'policy-last-good')).toMatchObject({ playbook: { name: 'Acme IT policy v2' } });

    const page = await browser.context.newPage();
    await page.goto(zendeskTicketUrl('1201'));
    await waitForSidebar(page);
    await expect.poll(() => checklistLabels(page), { timeout: 10_000 }).toContain('Use their name (policy v2)');
    await page.close();
    await options.close();
  });

  it('hands control back to the agent when the policy is removed', async () => {
    await policy.write({});
    const options = await openOptionsPage(browser.context, copy.extensionId);
    await expect.poll(() => options.getByTestId('lf-playbook-current').textContent(), { timeout: 20_000 }).toBe('ListenFirst default');
    expect(await options.getByTestId('lf-options-prefix').isDisabled()).toBe(false);
    expect(await options.getByTestId('lf-policy-notice').count()).toBe(0);
    await options.close();
  });
});
