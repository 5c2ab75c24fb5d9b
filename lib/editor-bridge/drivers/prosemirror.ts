/**
 * ProseMirror (editorKind 'prosemirror'; Tiptap and Atlaskit are built on it).
 *
 * Finding the view: prosemirror-view puts a `pmViewDesc` on the editable (`view.dom`), but that
 * description holds the document node, not the EditorView (prosemirror-view 1.44, viewdesc.ts:
 * `ViewDesc` keeps parent, children, dom and contentDOM; the view is only passed to its methods),
 * so plain ProseMirror offers no handle from the DOM. Tiptap does: its Editor sets itself on
 * `view.dom` as `editor` (@tiptap/core, Editor.createView), and its `view` is the EditorView.
 *
 * With a view, each write is one transaction through `view.dispatch`: prosemirror-history makes
 * it one undo step and the page's `dispatchTransaction` (its save) sees it.
 * Without one, the editor's own input handling does the write: the DOM selection is set and the
 * view reads it on `selectionchange` (DOMObserver.onSelectionChange), then a synthetic `paste`
 * whose clipboardData ProseMirror parses (input.ts, editHandlers.paste → doPaste) into one
 * transaction tagged "paste", the same path as the agent pasting. Plain text pasted splits into
 * paragraphs at line breaks; blank lines collapse into one break (clipboard.ts parseFromClipboard).
 */
import type { InsertPosition } from '../protocol';
import { readEditorText } from '../editor-text';
import { dispatchPaste, edgeRange, plainTextTransfer, selectDomRange, selectionSettled, textAsOwnParagraphs, wholeTextRange } from './dom-selection';
import { READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver, type TextSpan } from './types';

// The minimal shape of the prosemirror-model/state/view API we call.
interface PmNode {
  content: { size: number };
  textContent: string;
  childCount: number;
  type: { contentMatch: { defaultType: PmNodeType | null } };
}
interface PmNodeType {
  create(attrs: null, content?: PmNode | null): PmNode;
}
interface PmTransaction {
  insert(pos: number, content: readonly PmNode[]): PmTransaction;
  replaceWith(from: number, to: number, content: readonly PmNode[]): PmTransaction;
  insertText(text: string, from: number, to: number): PmTransaction;
  scrollIntoView(): PmTransaction;
}
interface PmView {
  dom: HTMLElement;
  editable: boolean;
  state: { doc: PmNode; schema: { text(text: string): PmNode }; tr: PmTransaction };
  dispatch(tr: PmTransaction): void;
  focus(): void;
  posAtDOM(node: Node, offset: number, bias?: number): number;
  pasteText(text: string): boolean;
}

const OK: DriverResult = { ok: true, via: 'prosemirror' };

export const prosemirrorDriver: EditorDriver = {
  attach(element) {
    if (!('pmViewDesc' in element)) return null;
    const view = (element as HTMLElement & { editor?: { view?: PmView } }).editor?.view;
    return view?.dom === element ? driveView(view) : driveByEvents(element);
  },
};

function driveView(view: PmView): DrivenEditor {
  const paragraphs = (text: string): PmNode[] | null => {
    const { doc, schema } = view.state;
    const type = doc.type.contentMatch.defaultType;
    return type && text.split(/\r?\n/).map((line) => type.create(null, line ? schema.text(line) : null));
  };
  const write = (tr: PmTransaction): DriverResult => {
    view.dispatch(tr.scrollIntoView());
    view.focus();
    return OK;
  };
  const positions = (span: TextSpan): [number, number] | null =>
    span.range && [view.posAtDOM(span.range.startContainer, span.range.startOffset), view.posAtDOM(span.range.endContainer, span.range.endOffset)];
  const size = () => view.state.doc.content.size;
  const isEmpty = () => view.state.doc.childCount <= 1 && !view.state.doc.textContent;

  return {
    insert(text: string, at: InsertPosition) {
      if (!view.editable) return READ_ONLY;
      if (at === 'cursor') return view.pasteText(text) ? OK : { ok: false, error: 'the editor refused the text' };
      const nodes = paragraphs(text);
      if (!nodes) return NO_PARAGRAPHS;
      if (isEmpty()) return write(view.state.tr.replaceWith(0, size(), nodes));
      return write(view.state.tr.insert(at === 'start' ? 0 : size(), nodes));
    },
    // The selection goes in through the DOM, which the view reads: building one needs
    // prosemirror-state's TextSelection, a class only the page's own bundle has.
    async select(span) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(view.dom, span.range);
      await selectionSettled(view.dom.ownerDocument);
      return OK;
    },
    replace(span, text) {
      if (!view.editable) return READ_ONLY;
      const found = positions(span);
      return found ? write(view.state.tr.insertText(text, found[0], found[1])) : NOT_FOUND;
    },
    setText(text) {
      if (!view.editable) return READ_ONLY;
      const nodes = paragraphs(text);
      return nodes ? write(view.state.tr.replaceWith(0, size(), nodes)) : NO_PARAGRAPHS;
    },
  };
}

const NOT_FOUND: DriverResult = { ok: false, error: 'the editor could not find those words' };
const IGNORED: DriverResult = { ok: false, error: 'the editor ignored the pasted text' };
const NO_PARAGRAPHS: DriverResult = { ok: false, error: 'this editor has no plain paragraphs to write' };

function driveByEvents(element: HTMLElement): DrivenEditor {
  const pasteAt = async (range: Range, text: string): Promise<DriverResult> => {
    if (!element.isContentEditable) return READ_ONLY;
    selectDomRange(element, range);
    await selectionSettled(element.ownerDocument);
    // Nothing to paste (ProseMirror ignores an empty paste): the browser deletes, the view reads the change.
    if (!text) return element.ownerDocument.execCommand('delete') ? OK : IGNORED;
    return dispatchPaste(element, plainTextTransfer(text)) ? OK : IGNORED;
  };
  return {
    async insert(text, at) {
      const full = textAsOwnParagraphs(text, at, !readEditorText(element).text);
      if (at !== 'cursor') return pasteAt(edgeRange(element, at), full);
      const selection = element.ownerDocument.getSelection();
      const current = selection?.rangeCount && element.contains(selection.anchorNode) ? selection.getRangeAt(0) : edgeRange(element, 'end');
      return pasteAt(current, full);
    },
    async select(span) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(element, span.range);
      await selectionSettled(element.ownerDocument);
      return OK;
    },
    replace: (span, text) => (span.range ? pasteAt(span.range, text) : Promise.resolve(NOT_FOUND)),
    setText: (text) => pasteAt(wholeTextRange(element), text),
  };
}
