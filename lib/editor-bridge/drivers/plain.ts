/**
 * The fallback: a textarea, a plain contenteditable, or a rich editor no other driver knows.
 *
 * A rich editor's own clipboard code is the one API they all share, so text goes in as a
 * synthetic paste first (text/plain only: what "paste as plain text" carries). Where nobody
 * handles the paste (a bare contenteditable or a textarea), `execCommand('insertText')` makes
 * the browser insert it as if typed: it is the one way to write that lands on the browser's own
 * undo stack and fires the `input` event page frameworks listen to (MDN, "execCommand",
 * insertText; deprecated but kept by every engine for exactly this). A textarea where even that
 * is refused gets `setRangeText` and an `input` event: no undo, but the page sees the value.
 */
import type { InsertPosition } from '../protocol';
import { readEditorText } from '../editor-text';
import { dispatchPaste, edgeRange, plainTextTransfer, selectDomRange, textAsOwnParagraphs, wholeTextRange } from './dom-selection';
import { READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver } from './types';

export const plainDriver: EditorDriver = {
  attach(element) {
    if (element instanceof HTMLTextAreaElement) return driveTextarea(element);
    return element.isContentEditable ? driveEditable(element) : null;
  },
};

const UNHANDLED: DriverResult = { ok: false, error: 'the reply editor ignored the text' };

/** The selection is already where the text goes. */
function insertAtSelection(element: HTMLElement, text: string): DriverResult {
  if (dispatchPaste(element, plainTextTransfer(text))) return { ok: true, via: 'paste' };
  return element.ownerDocument.execCommand('insertText', false, text) ? { ok: true, via: 'native' } : UNHANDLED;
}

function driveEditable(element: HTMLElement): DrivenEditor {
  return {
    insert(text, at) {
      if (at !== 'cursor') selectDomRange(element, edgeRange(element, at));
      else element.focus();
      return insertAtSelection(element, textAsOwnParagraphs(text, at, !readEditorText(element).text));
    },
    select(span) {
      if (span.range) selectDomRange(element, span.range);
      return { ok: true, via: 'native' };
    },
    replace(span, text) {
      if (!span.range) return UNHANDLED;
      selectDomRange(element, span.range);
      return insertAtSelection(element, text);
    },
    setText(text) {
      selectDomRange(element, wholeTextRange(element));
      return insertAtSelection(element, text);
    },
  };
}

function driveTextarea(textarea: HTMLTextAreaElement): DrivenEditor {
  const write = (start: number, end: number, text: string): DriverResult => {
    if (textarea.readOnly || textarea.disabled) return READ_ONLY;
    textarea.focus();
    textarea.setSelectionRange(start, end);
    if (textarea.ownerDocument.execCommand('insertText', false, text)) return { ok: true, via: 'native' };
    textarea.setRangeText(text, start, end, 'end');
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return { ok: true, via: 'native' };
  };
  const edge = (at: InsertPosition) => (at === 'start' ? 0 : at === 'end' ? textarea.value.length : null);
  return {
    insert(text, at) {
      const offset = edge(at);
      const full = textAsOwnParagraphs(text, at, !textarea.value);
      return offset === null ? write(textarea.selectionStart, textarea.selectionEnd, full) : write(offset, offset, full);
    },
    select(span) {
      textarea.focus();
      textarea.setSelectionRange(span.start, span.end);
      return { ok: true, via: 'native' };
    },
    replace: (span, text) => write(span.start, span.end, text),
    setText: (text) => write(0, textarea.value.length, text),
  };
}
