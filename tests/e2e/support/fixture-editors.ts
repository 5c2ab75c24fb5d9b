import type { Page } from 'playwright-core';

/**
 * The test hooks the fixture editors (tests/fixtures/editors/prosemirror-editor.js and
 * slate-editor.js) put on their container element as `__lfFixtureEditor`. They read the
 * editor's model (ProseMirror's state.doc, Slate's editor.children), not the DOM.
 */
export interface FixtureEditorHooks {
  kind: 'prosemirror' | 'slate';
  /** The contenteditable the editor renders. */
  editable: HTMLElement;
  /** The model's text, one line per block. */
  text(): string;
  /** The text of the model's selection. */
  selectedText(): string;
  /** Undo through the editor's history. */
  undo(): void;
  /** How many times the document changed, as a helpdesk's save would be told. */
  changes(): number;
}

/** Waits until the fixture editor in `containerSelector` is mounted. */
export async function waitForFixtureEditor(page: Page, containerSelector: string): Promise<void> {
  await page.waitForSelector(`${containerSelector}[data-fixture-editor-ready]`, { state: 'attached', timeout: 15_000 });
}

/** The model's text of the fixture editor in `containerSelector`. */
export function fixtureEditorText(page: Page, containerSelector: string): Promise<string> {
  return page.$eval(containerSelector, (element) => (element as HTMLElement & { __lfFixtureEditor: FixtureEditorHooks }).__lfFixtureEditor.text());
}

/** The model's selected text of the fixture editor in `containerSelector`. */
export function fixtureEditorSelection(page: Page, containerSelector: string): Promise<string> {
  return page.$eval(containerSelector, (element) => (element as HTMLElement & { __lfFixtureEditor: FixtureEditorHooks }).__lfFixtureEditor.selectedText());
}

export function fixtureEditorChanges(page: Page, containerSelector: string): Promise<number> {
  return page.$eval(containerSelector, (element) => (element as HTMLElement & { __lfFixtureEditor: FixtureEditorHooks }).__lfFixtureEditor.changes());
}
