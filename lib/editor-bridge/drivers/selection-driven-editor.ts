/**
 * Editors driven through the browser's selection and the input events the editor handles itself
 * (ProseMirror, Slate, a plain editable): the words or the place are selected in the DOM, then
 * one event carries the text. What differs between them is only that event (`write`).
 */
import { readEditorText } from '../editor-text';
import { failure } from '../../result';
import { NOT_FOUND, READ_ONLY, type DriverResult, type DrivenEditor, type EditorVia } from './types';

/** Writes `text` over the current selection in the editable; how it went in, or null when nobody took it. */
export type SelectionWrite = (element: HTMLElement, text: string) => EditorVia | null;

export interface SelectionDrivenOptions {
  /**
   * How long to let the editor settle after it takes the focus, before a caret is put at the very
   * start of the reply: ProseMirror takes such a caret, within 200 ms of a focus, for the browser's
   * default placement and keeps its own selection (prosemirror-view 1.44, domobserver.ts, flush: "If
   * it looks like the browser has reset the selection to the start of the document after focus,
   * restore the selection from the state"). That is the restatement inserted at the top after the
   * agent typed, then clicked the sidebar: it would land where their caret was.
   */
  focusSettleMs?: number;
}

/** `via` names the editor in answers to a select, which writes nothing. */
export function selectionDrivenEditor(element: HTMLElement, via: EditorVia, write: SelectionWrite, options: SelectionDrivenOptions = {}): DrivenEditor {
  const writeAt = async (range: Range | null, text: string): Promise<DriverResult> => {
    if (!range) return NOT_FOUND;
    if (!element.isContentEditable) return READ_ONLY;
    if (options.focusSettleMs && element.ownerDocument.activeElement !== element && atTextStart(element, range)) {
      element.focus();
      await new Promise((resolve) => setTimeout(resolve, options.focusSettleMs));
    }
    selectDomRange(element, range);
    await selectionSettled(element.ownerDocument);
    const wrote = write(element, text);
    return wrote ? { ok: true, via: wrote } : failure('ignored', 'the reply editor ignored the text');
  };
  return {
    insert(text, at) {
      const selection = element.ownerDocument.getSelection();
      const atCursor = at === 'cursor' && selection?.rangeCount && element.contains(selection.anchorNode) ? selection.getRangeAt(0) : null;
      const replyIsEmpty = !readEditorText(element).text;
      // At the start or end of a reply, a line break after or before the text makes it paragraphs
      // of its own instead of joining the reply's first or last line.
      const full = at === 'cursor' || replyIsEmpty ? text : at === 'start' ? `${text}\n` : `\n${text}`;
      return writeAt(atCursor ?? edgeRange(element, at === 'start' ? 'start' : 'end'), full);
    },
    async select(span) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(element, span.range);
      // Editors with a selection of their own (ProseMirror, Slate) copy the DOM's on `selectionchange`.
      await selectionSettled(element.ownerDocument);
      return { ok: true, via };
    },
    replace: (span, text) => writeAt(span.range, text),
    setText: (text) => writeAt(wholeTextRange(element), text),
  };
}

/** Puts the selection on `range` in the editable, focused, and brings it into view. */
export function selectDomRange(element: HTMLElement, range: Range): void {
  element.focus();
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (range.startContainer.parentElement ?? element).scrollIntoView?.({ block: 'nearest' });
}

/** Whether `range` is a caret before the reply's first character. */
function atTextStart(element: HTMLElement, range: Range): boolean {
  if (!range.collapsed) return false;
  const first = edgeRange(element, 'start');
  return range.compareBoundaryPoints(Range.START_TO_START, first) <= 0;
}

/**
 * A collapsed range at the start or end of the reply text. It sits in a text node where there
 * is one (editors map text positions, not element ones, to their model): an empty Slate block
 * holds only a zero-width one.
 */
function edgeRange(element: HTMLElement, at: 'start' | 'end'): Range {
  const range = element.ownerDocument.createRange();
  const text = readEditorText(element);
  const point = at === 'start' ? text.startPoint(0) : text.endPoint(text.text.length);
  const filler = point ? null : element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
  if (point) range.setStart(point.node, point.offset);
  else if (filler) range.setStart(filler, 0);
  else range.selectNodeContents(element);
  range.collapse(true);
  return range;
}

/** A range over the whole reply text, or a collapsed one when it is empty. */
function wholeTextRange(element: HTMLElement): Range {
  const text = readEditorText(element);
  const from = text.startPoint(0);
  const to = text.endPoint(text.text.length);
  if (!text.text || !from || !to) return edgeRange(element, 'start');
  const range = element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * Resolves once the document has reported a selection change, or after `ms` when none comes (the
 * selection was already there). ProseMirror reads the DOM selection only then
 * (DOMObserver.onSelectionChange); Slate would read it at the input event, but waiting costs nothing.
 */
function selectionSettled(doc: Document, ms = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/** Plain text as a clipboard payload: text/plain only, what a "paste as plain text" carries. */
export function plainTextTransfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/**
 * A synthetic paste on the editable; true when the editor handled it (cancelled the default).
 * Gecko ignores `clipboardData` in the event's init and fills it from its own `dataType` and
 * `data` instead (its ClipboardEvent.webidl; seen in Firefox ESR 153); other engines ignore those.
 */
export function dispatchPaste(element: HTMLElement, text: string): boolean {
  const init = { clipboardData: plainTextTransfer(text), dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  return !element.dispatchEvent(new ClipboardEvent('paste', init));
}

/**
 * The browser's own editing command on the selection, as if typed: it lands on the browser's undo
 * stack and fires `input`. False where the document has none (happy-dom) or refuses it.
 */
export function editAsTyped(doc: Document, command: 'insertText' | 'delete', text?: string): boolean {
  return typeof doc.execCommand === 'function' && doc.execCommand(command, false, text);
}
