/**
 * Runs in the page's own world (see entrypoints/editor-bridge.content.ts): writes text into the
 * helpdesk's editor through the editor's API, so the editor's model, undo stack and save see it.
 */
import { rangeForOffsets } from './editor-text';
import { escapeHtml, textToParagraphHtml, type EditorOperation, type InsertPosition } from './protocol';

// Minimal shapes of the editor APIs we call (CKEditor 5 and Froala 4+).
interface CkWriter {
  createElement(name: string): unknown;
  insertText(text: string, parent: unknown): void;
  insert(item: unknown, parent: unknown, offset: number | 'end'): void;
  createDocumentFragment(): unknown;
  append(item: unknown, parent: unknown): void;
  createText(text: string): unknown;
  setSelection(item: unknown, place: 'end'): void;
}
interface CkEditor {
  model: {
    change(callback: (writer: CkWriter & { setSelection(range: unknown): void; remove(range: unknown): void; createRangeIn(element: unknown): unknown }) => void): void;
    insertContent(content: unknown, selectable?: unknown): void;
    document: { getRoot(): { childCount: number; getChild(index: number): unknown } | null };
  };
  editing: {
    view: { focus(): void; scrollToTheSelection(): void; domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): unknown };
  };
  isReadOnly?: boolean;
}
interface FroalaEditor {
  el: Element;
  html: { get(keepMarkers?: boolean): string; set(html: string): void; insert(html: string): void };
  undo: { saveStep(): void };
  events: { trigger(name: string): void; focus?(): void };
}

export type InsertResult = { ok: true; via: 'ckeditor5' | 'froala' | 'paste' } | { ok: false; error: string };

/** Carries out one operation on the editor whose editable is `element`, through its own API. */
export function runPageEditorOperation(element: HTMLElement, operation: EditorOperation): InsertResult {
  const ckeditor = (element as HTMLElement & { ckeditorInstance?: CkEditor }).ckeditorInstance;
  const froala = ckeditor ? null : findFroalaInstance(element);
  switch (operation.op) {
    case 'insert':
      if (ckeditor) return insertWithCkeditor(ckeditor, operation.text, operation.at);
      if (froala) return insertWithFroala(froala, operation.text, operation.at);
      return insertWithPaste(element, operation.text, operation.at);
    case 'set':
      if (ckeditor) return replaceAllWithCkeditor(ckeditor, operation.text);
      if (froala) return replaceAllWithFroala(froala, operation.text);
      return { ok: false, error: 'this reply editor is not one ListenFirst can write to' };
    case 'select':
    case 'replace': {
      const found = rangeForOffsets(element, operation.start, operation.end);
      if (!found || found.text !== operation.expected) return { ok: false, error: 'the reply has changed since; try again' };
      if (ckeditor) return spanWithCkeditor(ckeditor, found.range, operation.op === 'replace' ? operation.text : null);
      if (froala) return spanWithFroala(froala, element, found.range, operation.op === 'replace' ? operation.text : null);
      return spanWithDomSelection(element, found.range, operation.op === 'replace' ? operation.text : null);
    }
  }
}

function spanWithCkeditor(editor: CkEditor, domRange: Range, replacement: string | null): InsertResult {
  const modelRange = editor.editing.mapper.toModelRange(editor.editing.view.domConverter.domRangeToView(domRange));
  if (!modelRange) return { ok: false, error: 'the editor could not find those words' };
  if (replacement !== null && editor.isReadOnly) return { ok: false, error: 'the reply editor is read-only' };
  editor.model.change((writer) => {
    if (replacement === null) writer.setSelection(modelRange);
    else editor.model.insertContent(writer.createText(replacement), modelRange);
  });
  editor.editing.view.focus();
  editor.editing.view.scrollToTheSelection();
  return { ok: true, via: 'ckeditor5' };
}

function replaceAllWithCkeditor(editor: CkEditor, text: string): InsertResult {
  if (editor.isReadOnly) return { ok: false, error: 'the reply editor is read-only' };
  const root = editor.model.document.getRoot();
  if (!root) return { ok: false, error: 'the editor has no content root' };
  editor.model.change((writer) => {
    writer.remove(writer.createRangeIn(root));
    text.split(/\r?\n/).forEach((line, index) => {
      const paragraph = writer.createElement('paragraph');
      if (line) writer.insertText(line, paragraph);
      writer.insert(paragraph, root, index);
    });
  });
  editor.editing.view.focus();
  return { ok: true, via: 'ckeditor5' };
}

function selectDomRange(element: HTMLElement, range: Range): void {
  element.focus();
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (range.startContainer.parentElement ?? element).scrollIntoView?.({ block: 'nearest' });
}

function spanWithFroala(editor: FroalaEditor, element: HTMLElement, range: Range, replacement: string | null): InsertResult {
  selectDomRange(element, range);
  if (replacement === null) return { ok: true, via: 'froala' };
  editor.undo.saveStep();
  editor.html.insert(escapeHtml(replacement));
  editor.undo.saveStep();
  editor.events.trigger('contentChanged');
  return { ok: true, via: 'froala' };
}

function replaceAllWithFroala(editor: FroalaEditor, text: string): InsertResult {
  editor.undo.saveStep();
  editor.html.set(textToParagraphHtml(text));
  editor.undo.saveStep();
  editor.events.trigger('contentChanged');
  return { ok: true, via: 'froala' };
}

function spanWithDomSelection(element: HTMLElement, range: Range, replacement: string | null): InsertResult {
  selectDomRange(element, range);
  if (replacement === null) return { ok: true, via: 'paste' };
  return insertWithPaste(element, replacement, 'cursor');
}

function insertWithCkeditor(editor: CkEditor, text: string, at: InsertPosition): InsertResult {
  if (editor.isReadOnly) return { ok: false, error: 'the reply editor is read-only' };
  const lines = text.split(/\r?\n/);
  editor.model.change((writer) => {
    const root = editor.model.document.getRoot();
    if (!root) return;
    const paragraphs = lines.map((line) => {
      const paragraph = writer.createElement('paragraph');
      if (line) writer.insertText(line, paragraph);
      return paragraph;
    });
    if (at === 'cursor') {
      if (lines.length === 1) editor.model.insertContent(writer.createText(lines[0] ?? ''));
      else {
        const fragment = writer.createDocumentFragment();
        for (const paragraph of paragraphs) writer.append(paragraph, fragment);
        editor.model.insertContent(fragment);
      }
      return;
    }
    const offset = at === 'start' ? 0 : root.childCount;
    paragraphs.forEach((paragraph, index) => writer.insert(paragraph, root, offset + index));
    writer.setSelection(paragraphs[paragraphs.length - 1], 'end');
  });
  editor.editing.view.focus();
  return { ok: true, via: 'ckeditor5' };
}

function findFroalaInstance(element: HTMLElement): FroalaEditor | null {
  // Froala keeps its instance on the element it was created on, an ancestor of the editable.
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const instance = (node as unknown as Record<string, FroalaEditor | undefined>)['data-froala.editor'];
    if (instance?.el === element) return instance;
  }
  const global = (window as unknown as { FroalaEditor?: { INSTANCES?: FroalaEditor[] } }).FroalaEditor;
  return global?.INSTANCES?.find((instance) => instance.el === element) ?? null;
}

function insertWithFroala(editor: FroalaEditor, text: string, at: InsertPosition): InsertResult {
  const html = textToParagraphHtml(text);
  editor.undo.saveStep();
  if (at === 'cursor') editor.html.insert(html);
  else if (at === 'start') editor.html.set(html + editor.html.get());
  else editor.html.set(editor.html.get() + html);
  editor.undo.saveStep();
  editor.events.trigger('contentChanged');
  return { ok: true, via: 'froala' };
}

/** Any other rich editor: a synthetic paste, which editors handle through their own clipboard code. */
function insertWithPaste(element: HTMLElement, text: string, at: InsertPosition): InsertResult {
  element.focus();
  const selection = element.ownerDocument.getSelection();
  if (selection && at !== 'cursor') {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    range.collapse(at === 'start');
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  data.setData('text/html', textToParagraphHtml(text));
  const accepted = !element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return accepted ? { ok: true, via: 'paste' } : { ok: false, error: 'the reply editor ignored the text' };
}
