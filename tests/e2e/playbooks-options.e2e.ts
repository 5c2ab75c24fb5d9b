import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { DEFAULT_PLAYBOOK } from '../../lib/playbooks/default-playbook';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { openOptionsPage } from './support/extension-copy';
import { clearLocalStorage, readLocalItem, readLocalStorage } from './support/extension-storage';

// The options page in real Chromium: import, export, the editor (keyboard and drag), and axe.

let browser: LaunchedBrowser;
let worker: Worker;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`))!;
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await clearLocalStorage(worker);
  await page?.close();
  page = await openOptionsPage(browser.context, browser.extensionId!);
});

/** What the team playbook in extension storage holds, as the sidebar would read it. */
function storedTeamPlaybook() {
  return readLocalItem<{ playbook: { name: string; checklists: { items: { id: string; label: string }[] }[] }; source: { kind: string } }>(worker, 'team-playbook');
}
const itemIds = (p: Page) => p.getByTestId('lf-checklist-editor').first().getByTestId('lf-item-editor').evaluateAll((items) => items.map((i) => i.getAttribute('data-item-id')));
const teamFile = {
  version: 1,
  name: 'Acme support',
  checklists: [
    {
      id: 'everyday',
      name: 'Acme everyday',
      items: [
        { id: 'read', stage: 'listen', label: 'Read every message in the thread' },
        { id: 'restate', stage: 'restate', label: 'Restate it in their words', autoCheck: 'restated', required: true },
        { id: 'next', stage: 'advise', label: 'Say when they will hear from us' },
      ],
    },
  ],
  vocabulary: { termPairs: [{ customer: 'account', ours: 'workspace' }] },
};

function seriousViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('importing and exporting a playbook', () => {
  it('exports the playbook in use as a file that reads back the same', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lf-export').click()]);
    expect(download.suggestedFilename()).toBe('listenfirst-default.playbook.json');
    expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(DEFAULT_PLAYBOOK);
  });

  it("imports a team's file: the source line, the editor and extension storage all have it", async () => {
    await page.getByTestId('lf-import-file').setInputFiles({ name: 'acme.playbook.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(teamFile)) });
    await expect.poll(() => page.getByTestId('lf-import-status').textContent()).toContain('Imported "Acme support" from acme.playbook.json: 1 checklist, 3 items.');
    await expect.poll(() => page.getByTestId('lf-playbook-source').textContent()).toContain('Imported from acme.playbook.json');
    expect(await itemIds(page)).toEqual(['read', 'restate', 'next']);
    expect(await storedTeamPlaybook()).toMatchObject({ playbook: { name: 'Acme support' }, source: { kind: 'file' } });
  });

  it('refuses a bad file with every problem by path, and keeps the current playbook', async () => {
    const broken = structuredClone(teamFile) as { checklists: { items: Record<string, unknown>[] }[] };
    broken.checklists[0]!.items.push({ id: 'thanks', stage: 'thank' });
    broken.checklists[0]!.items[0]!.stage = 'hear';
    await page.getByTestId('lf-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const problems = page.getByTestId('lf-import-problems');
    await expect.poll(() => problems.textContent()).toContain('broken.json was not imported; your current playbook is unchanged.');
    expect(await problems.locator('li').allTextContents()).toEqual([
      'checklists[0].items[0].stage: expected one of "listen", "restate", "advise", "solve", "thank", got text "hear"',
      'checklists[0].items[3].label: expected text, got nothing',
    ]);
    expect(await page.getByTestId('lf-playbook-current').textContent()).toBe('ListenFirst default');
    expect(await storedTeamPlaybook()).toBeUndefined();
    expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    await page.getByTestId('lf-import-file').setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
    await expect.poll(() => page.getByTestId('lf-import-problems').textContent()).toContain('the file is not UTF-8 text');
  });
});

describe('the playbook editor', () => {
  const firstChecklist = () => page.getByTestId('lf-checklist-editor').first();
  const item = (id: string) => firstChecklist().locator(`[data-item-id="${id}"]`);

  it('saves a change that passes, and holds back one that does not, saying why', async () => {
    await item('thank-them').getByTestId('lf-item-label').fill('Thank them for their patience');
    await expect.poll(async () => (await storedTeamPlaybook())?.playbook.checklists[0]!.items.at(-1)?.label).toBe('Thank them for their patience');
    expect((await storedTeamPlaybook())?.source.kind).toBe('edited');

    await item('thank-them').getByTestId('lf-item-label').fill('   ');
    await expect.poll(() => page.getByTestId('lf-editor-status').textContent()).toContain('checklists[0].items[7].label: expected text, got blank text');
    expect(await item('thank-them').getByTestId('lf-item-label').getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(600);
    expect((await storedTeamPlaybook())?.playbook.checklists[0]!.items.at(-1)?.label).toBe('Thank them for their patience');
  });

  it('reorders items from the keyboard, keeping focus on the moved item and announcing it', async () => {
    const focusedButton = () => page.evaluate(() => `${document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id')} ${document.activeElement?.textContent}`);
    await item('listen-whole-message').getByRole('button', { name: /Move "Read the whole message.*" down/ }).focus();
    await page.keyboard.press('Enter');
    // Focus comes back to the moved item's button (the move re-orders the DOM under it).
    await expect.poll(focusedButton).toBe('listen-whole-message ↓ Down');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await itemIds(page)).slice(0, 3)).toEqual(['listen-between-lines', 'restate-their-words', 'listen-whole-message']);
    await expect.poll(focusedButton).toBe('listen-whole-message ↓ Down');
    expect(await firstChecklist().getByTestId('lf-reorder-announcement').textContent()).toBe('"Read the whole message, and the ones before it" moved to position 3 of 8.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await itemIds(page)).slice(0, 3)).toEqual(['listen-between-lines', 'listen-whole-message', 'restate-their-words']);
    await expect.poll(async () => (await storedTeamPlaybook())?.playbook.checklists[0]!.items.map((i) => i.id).slice(0, 2)).toEqual(['listen-between-lines', 'listen-whole-message']);
  });

  it('reorders items by dragging', async () => {
    // Both on screen, and the mouse moved in steps the way a hand does (Chromium starts the drag on movement).
    await item('listen-whole-message').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const from = (await item('restate-their-words').getByTestId('lf-drag-handle').boundingBox())!;
    const to = (await item('listen-whole-message').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 20, { steps: 10 });
    await page.mouse.up();
    expect((await itemIds(page)).slice(0, 3)).toEqual(['restate-their-words', 'listen-whole-message', 'listen-between-lines']);
    await expect.poll(async () => (await storedTeamPlaybook())?.playbook.checklists[0]!.items[0]!.id).toBe('restate-their-words');
  });

  it('adds and removes items, and the preview shows them the way the sidebar will', async () => {
    await firstChecklist().getByTestId('lf-add-item').click();
    const label = firstChecklist().getByTestId('lf-item-label').last();
    await expect.poll(() => label.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('Check the account plan first');
    await expect.poll(() => page.getByTestId('lf-preview').textContent()).toContain('Check the account plan first');
    await item('advise-choices').getByRole('button', { name: /Remove/ }).click();
    await expect.poll(async () => (await storedTeamPlaybook())?.playbook.checklists[0]!.items.map((i) => i.label)).toContain('Check the account plan first');
    expect((await storedTeamPlaybook())?.playbook.checklists[0]!.items.map((i) => i.id)).not.toContain('advise-choices');
  });

  it("sets the team's hint switches, wording and retention; the agent's own switch then says the team set it", async () => {
    const teamSettings = async () => {
      const stored = (await storedTeamPlaybook()) as { playbook: { hintCategories?: object; retentionDays?: number; restatementPrefix?: string } } | undefined;
      return stored?.playbook;
    };
    const teamJargon = page.locator('[data-testid="lf-team-category"][data-team-category="jargon"]');
    await teamJargon.selectOption('off');
    await expect.poll(async () => (await teamSettings())?.hintCategories).toEqual({ jargon: false });
    const agentJargon = page.getByTestId('lf-options-categories').locator('[data-category="jargon"]');
    await expect.poll(() => agentJargon.isDisabled()).toBe(true);
    expect(await agentJargon.isChecked()).toBe(false);

    await page.getByTestId('lf-team-retention').fill('0');
    await expect.poll(() => page.getByTestId('lf-editor-status').textContent()).toContain('retentionDays: expected at least 1 day, got 0');
    await page.getByTestId('lf-team-retention').fill('14');
    await page.getByTestId('lf-team-prefix').fill('So, if I follow you: ');
    await expect.poll(async () => {
      const playbook = await teamSettings();
      return [playbook?.retentionDays, playbook?.restatementPrefix];
    }).toEqual([14, 'So, if I follow you: ']);

    await teamJargon.selectOption('agent');
    await expect.poll(async () => (await teamSettings())?.hintCategories).toBeUndefined();
    await expect.poll(() => agentJargon.isDisabled()).toBe(false);
  });

  it('previews the outage checklist for a ticket tagged "outage"', async () => {
    await page.getByTestId('lf-preview-tags').fill('billing, outage');
    await expect.poll(() => page.getByTestId('lf-preview-chosen').textContent()).toBe('This ticket gets the "Outage" checklist.');
    expect(await page.getByTestId('lf-preview').locator('[data-item-id="outage-root-cause"]').count()).toBe(1);
  });
});

describe('the options page', () => {
  it("places the drafts' data controls: export all and delete everything", async () => {
    const controls = page.getByTestId('lf-draft-data');
    await expect.poll(() => controls.getByTestId('lf-draft-count').textContent()).toContain('0 drafts saved in this browser');
    expect(await controls.getByTestId('lf-export-drafts').isVisible()).toBe(true);
    expect(await controls.getByTestId('lf-delete-all-drafts').isVisible()).toBe(true);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });

  it("turns no-next-step's absence reading on beneath its category, and off with the category", async () => {
    const categories = page.getByTestId('lf-options-categories');
    const category = categories.locator('[data-category="no-next-step"]');
    const absence = categories.locator('[data-absence-reading="no-next-step"]');
    expect(await category.isChecked()).toBe(true);
    expect(await absence.isChecked()).toBe(false);
    await absence.check();
    await expect.poll(() => readLocalStorage(worker, ['listening-prefs'])).toMatchObject({ 'listening-prefs': { enabledCategories: ['no-next-step'], disabledCategories: [] } });
    await category.uncheck();
    await expect.poll(() => absence.isDisabled()).toBe(true);
    expect(await absence.isChecked()).toBe(false);
    await expect.poll(() => readLocalStorage(worker, ['listening-prefs'])).toMatchObject({ 'listening-prefs': { disabledCategories: ['no-next-step'] } });
  });

  it('keeps the agent’s own choices, and they are what the sidebar reads', async () => {
    await page.locator('[data-category="jargon"]').uncheck();
    await page.getByTestId('lf-options-retention-days').fill('12');
    await page.getByTestId('lf-options-retention-days').press('Tab');
    await expect.poll(() => readLocalStorage(worker, ['listening-prefs', 'retention-days'])).toMatchObject({
      'listening-prefs': { disabledCategories: ['jargon'] },
      'retention-days': 12,
    });
    await page.getByTestId('lf-options-retention-days').fill('0');
    await page.getByTestId('lf-options-retention-days').press('Tab');
    await expect.poll(() => page.getByTestId('lf-options-retention').textContent()).toContain('Not saved: expected a whole number from 1 to 3650.');
    expect(await readLocalItem(worker, 'retention-days')).toBe(12);
  });
});
