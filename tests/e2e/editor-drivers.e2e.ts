import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EditorKind } from '@/lib/adapters/types';
import type { EditorOperation } from '@/lib/editor-bridge/protocol';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { fixtureEditorChanges, fixtureEditorSelection, fixtureEditorText, waitForFixtureEditor, type FixtureEditorHooks } from './support/fixture-editors';
import { EDITORS_PAGE, editorsPageResponse } from './support/editors-page';

// The page-world drivers against real editors in Chromium, without the extension: each write must
// land in the editor's MODEL (read back through its API), tell the page's save, and go with one
// undo. The bridge around the drivers (key, signed answers) has its own tests.

const INITIAL = 'Thanks for waiting.\nThe refund is on its way.';

let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ withExtension: false });
  await browser.context.route(() => true, async (route) => route.fulfill(await editorsPageResponse(new URL(route.request().url()))));
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
});

async function openEditors(): Promise<Page> {
  page = await browser.context.newPage();
  await page.goto(EDITORS_PAGE);
  await page.waitForFunction(() => window.__lfDrivers !== undefined);
  return page;
}

type Hooked = HTMLElement & { __lfFixtureEditor?: FixtureEditorHooks };

/** Runs one operation as the bridge does, on the container's editable (the element itself when it is one). */
function run(container: string, operation: EditorOperation, kind: EditorKind) {
  return page.evaluate(
    ([selector, op, editorKind]) => {
      const element = document.querySelector<Hooked>(selector)!;
      return window.__lfDrivers.runPageEditorOperation(element.__lfFixtureEditor?.editable ?? element, op, editorKind);
    },
    [container, operation, kind] as const,
  );
}

/** The reply text as the sidebar reads it from the DOM (the same walk in both worlds). */
function domText(container: string) {
  return page.evaluate((selector) => {
    const element = document.querySelector<Hooked>(selector)!;
    return window.__lfDrivers.readEditorText(element.__lfFixtureEditor?.editable ?? element).text;
  }, container);
}

/** A hint's span as the sidebar sends it: offsets into the text it read. */
async function spanOf(container: string, words: string) {
  const start = (await domText(container)).indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length, expected: words };
}

const RICH_EDITORS = [
  { name: 'ProseMirror with no handle on the DOM (as Intercom and Jira mount it)', container: '#prosemirror', kind: 'prosemirror' },
  { name: 'Slate (slate-react, as Help Scout mounts it)', container: '#slate', kind: 'slate' },
] as const;

describe.each(RICH_EDITORS)('$name', ({ container, kind }) => {
  const model = () => fixtureEditorText(page, container);
  const undo = async () => {
    await page.keyboard.press('Control+z');
  };

  it('reads the same text from the DOM as the model holds', async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    expect(await model()).toBe(INITIAL);
    expect(await domText(container)).toBe(INITIAL);
  });

  it('inserts lines at the top as paragraphs of their own, in the model, telling the save; one undo takes them out', async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    expect(await run(container, { op: 'insert', text: 'Hi Marta,\nSorry for the trouble.', at: 'start' }, kind)).toEqual({ ok: true, via: kind });
    expect(await model()).toBe(`Hi Marta,\nSorry for the trouble.\n${INITIAL}`);
    expect(await fixtureEditorChanges(page, container)).toBeGreaterThan(0);
    await undo();
    await expect.poll(model).toBe(INITIAL);
  });

  it('inserts at the end as a paragraph of its own', async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    expect(await run(container, { op: 'insert', text: 'Best, Sam', at: 'end' }, kind)).toMatchObject({ ok: true });
    expect(await model()).toBe(`${INITIAL}\nBest, Sam`);
  });

  it("replaces a hint's words in the model; one undo brings them back", async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    const span = await spanOf(container, 'refund');
    expect(await run(container, { op: 'replace', ...span, text: 'full refund of £40' }, kind)).toMatchObject({ ok: true });
    expect(await model()).toBe('Thanks for waiting.\nThe full refund of £40 is on its way.');
    await undo();
    await expect.poll(model).toBe(INITIAL);
  });

  it("selects a hint's words in the model's own selection", async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    const span = await spanOf(container, 'on its way');
    expect(await run(container, { op: 'select', ...span }, kind)).toMatchObject({ ok: true });
    await expect.poll(() => fixtureEditorSelection(page, container)).toBe('on its way');
    expect(await model()).toBe(INITIAL);
  });

  it('refuses words that changed since the sidebar read them', async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    const span = await spanOf(container, 'refund');
    expect(await run(container, { op: 'replace', ...span, expected: 'parcel', text: 'x' }, kind)).toMatchObject({ ok: false });
    expect(await model()).toBe(INITIAL);
  });

  it('sets the whole reply (a restored draft); one undo restores what was there', async () => {
    await openEditors();
    await waitForFixtureEditor(page, container);
    expect(await run(container, { op: 'set', text: 'Hello again,\nyour parcel left today.' }, kind)).toMatchObject({ ok: true });
    expect(await model()).toBe('Hello again,\nyour parcel left today.');
    await undo();
    await expect.poll(model).toBe(INITIAL);
  });
});

describe.each([
  { name: 'a textarea', container: '#textarea' },
  { name: 'a bare contenteditable', container: '#contenteditable' },
])('the plain driver on $name', ({ container }) => {
  const text = () => domText(container);

  it("inserts at the top and replaces a hint's words through the browser's own editing; undo reverts", async () => {
    await openEditors();
    expect(await text()).toBe(INITIAL);
    expect(await run(container, { op: 'insert', text: 'Hi Marta,', at: 'start' }, 'plain')).toEqual({ ok: true, via: 'native' });
    expect(await text()).toBe(`Hi Marta,\n${INITIAL}`);
    const span = await spanOf(container, 'refund');
    expect(await run(container, { op: 'replace', ...span, text: 'full refund' }, 'plain')).toMatchObject({ ok: true });
    expect(await text()).toBe(`Hi Marta,\nThanks for waiting.\nThe full refund is on its way.`);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(`Hi Marta,\n${INITIAL}`);
  });

  it("selects a hint's words", async () => {
    await openEditors();
    const span = await spanOf(container, 'on its way');
    expect(await run(container, { op: 'select', ...span }, 'plain')).toMatchObject({ ok: true });
    const selected = await page.evaluate((selector) => {
      const element = document.querySelector(selector)!;
      return element instanceof HTMLTextAreaElement ? element.value.slice(element.selectionStart, element.selectionEnd) : document.getSelection()!.toString();
    }, container);
    expect(selected).toBe('on its way');
  });
});
