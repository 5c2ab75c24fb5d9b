import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditorKind } from '@/lib/adapters/types';
import type { EditorOperation } from '@/lib/editor-bridge/protocol';
import { EDITORS_PAGE, editorsPageResponse } from '../e2e/support/editors-page';
import type { FixtureEditorHooks } from '../e2e/support/fixture-editors';
import { launchFirefox, pageSays, type LaunchedFirefox } from './support/firefox';

// The page-world drivers for ProseMirror and Slate in Firefox ESR: the synthetic paste and
// beforeinput they send must be taken by the real editors there too (the extension is loaded but
// not involved: the page is no helpdesk's).

const INITIAL = 'Thanks for waiting.\nThe refund is on its way.';
type Hooked = HTMLElement & { __lfFixtureEditor: FixtureEditorHooks };

let firefox: LaunchedFirefox;
let page: Page;
beforeAll(async () => {
  firefox = await launchFirefox();
  page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void editorsPageResponse(new URL(request.url()))
      .then((response) => request.respond(response))
      .catch(() => undefined);
  });
});
afterAll(async () => {
  await firefox?.close();
});

async function openEditors(container: string) {
  await page.goto(EDITORS_PAGE);
  await page.waitForSelector(`${container}[data-fixture-editor-ready]`);
  await pageSays(page, () => window.__lfDrivers !== undefined);
}

const model = (container: string) => page.$eval(container, (element) => (element as Hooked).__lfFixtureEditor.text());
const selected = (container: string) => page.$eval(container, (element) => (element as Hooked).__lfFixtureEditor.selectedText());

function run(container: string, operation: EditorOperation, kind: EditorKind) {
  return page.evaluate(
    (selector, op, editorKind) => {
      const editable = document.querySelector<Hooked>(selector)!.__lfFixtureEditor.editable;
      return window.__lfDrivers.runPageEditorOperation(editable, op, editorKind);
    },
    container,
    operation,
    kind,
  );
}

async function spanOf(container: string, words: string) {
  const text = await page.evaluate((selector) => window.__lfDrivers.readEditorText(document.querySelector<Hooked>(selector)!.__lfFixtureEditor.editable).text, container);
  const start = text.indexOf(words);
  return { start, end: start + words.length, expected: words };
}

async function undo() {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

describe.each([
  { name: 'ProseMirror', container: '#prosemirror', kind: 'prosemirror' },
  { name: 'Slate', container: '#slate', kind: 'slate' },
] as const)('$name in Firefox', ({ container, kind }) => {
  it('takes lines at the top into its model, and one undo takes them out', async () => {
    await openEditors(container);
    expect(await run(container, { op: 'insert', text: 'Hi Marta,\nSorry for the trouble.', at: 'start' }, kind)).toEqual({ ok: true, via: kind });
    expect(await model(container)).toBe(`Hi Marta,\nSorry for the trouble.\n${INITIAL}`);
    await undo();
    await expect.poll(() => model(container)).toBe(INITIAL);
  });

  it("replaces and selects a hint's words in its model", async () => {
    await openEditors(container);
    expect(await run(container, { op: 'replace', ...(await spanOf(container, 'refund')), text: 'full refund' }, kind)).toMatchObject({ ok: true });
    expect(await model(container)).toBe('Thanks for waiting.\nThe full refund is on its way.');
    expect(await run(container, { op: 'select', ...(await spanOf(container, 'on its way')) }, kind)).toMatchObject({ ok: true });
    await expect.poll(() => selected(container)).toBe('on its way');
  });
});

describe.each(['#textarea', '#contenteditable'])('the plain driver on %s in Firefox', (selector) => {
  it("inserts at the top through the browser's own editing, which its undo reverts", async () => {
    await openEditors('#slate');
    const text = () => page.evaluate((s) => window.__lfDrivers.readEditorText(document.querySelector(s)!).text, selector);
    const inserted = await page.evaluate(
      (s) => window.__lfDrivers.runPageEditorOperation(document.querySelector<HTMLElement>(s)!, { op: 'insert', text: 'Hi Marta,', at: 'start' }, 'plain'),
      selector,
    );
    expect(inserted).toEqual({ ok: true, via: 'native' });
    expect(await text()).toBe(`Hi Marta,\n${INITIAL}`);
    await undo();
    await expect.poll(text).toBe(INITIAL);
  });
});
