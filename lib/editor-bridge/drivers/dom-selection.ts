/**
 * DOM selection and input events, for drivers whose editor reads the browser's selection and
 * handles input events itself (ProseMirror without a handle, Slate, plain editables).
 */
import { readEditorText } from '../editor-text';

/** Puts the selection on `range` in the editable, focused, and brings it into view. */
export function selectDomRange(element: HTMLElement, range: Range): void {
  element.focus();
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (range.startContainer.parentElement ?? element).scrollIntoView?.({ block: 'nearest' });
}

/**
 * A collapsed range at the start or end of the editable's text. It sits in a text node where
 * there is one (editors map text positions, not element ones, to their model), else in the element.
 */
export function edgeRange(element: HTMLElement, at: 'start' | 'end'): Range {
  const range = element.ownerDocument.createRange();
  const text = readEditorText(element);
  const point = at === 'start' ? text.startPoint(0) : text.endPoint(text.text.length);
  const filler = point ? null : firstTextNode(element);
  if (point) range.setStart(point.node, point.offset);
  else if (filler) range.setStart(filler, 0);
  else range.selectNodeContents(element);
  range.collapse(true);
  return range;
}

/** Any text node, filler included: an empty Slate block holds only a zero-width one. */
function firstTextNode(element: HTMLElement): Text | null {
  return element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
}

/** A range over the whole reply text, or a collapsed one when it is empty. */
export function wholeTextRange(element: HTMLElement): Range {
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
 * Resolves once the document has reported a selection change (editors that keep their own
 * selection, like ProseMirror, read the DOM selection on `selectionchange`), or after `ms` when
 * none comes (the selection was already there).
 */
export function selectionSettled(doc: Document, ms = 100): Promise<void> {
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

/**
 * Text to paste at the start or end of a non-empty reply: a line break after (start) or before
 * (end) it, so it becomes paragraphs of its own instead of joining the reply's first or last line.
 */
export function textAsOwnParagraphs(text: string, at: 'start' | 'end' | 'cursor', replyIsEmpty: boolean): string {
  if (at === 'cursor' || replyIsEmpty) return text;
  return at === 'start' ? `${text}\n` : `\n${text}`;
}

/** Plain text as a clipboard payload (text/plain only: what a "paste as plain text" carries). */
export function plainTextTransfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** A synthetic paste on the editable; true when the editor handled it (cancelled the default). */
export function dispatchPaste(element: HTMLElement, data: DataTransfer): boolean {
  return !element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
