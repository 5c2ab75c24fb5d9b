/**
 * The fallback: a textarea, a plain contenteditable, or a rich editor no other driver knows.
 *
 * A rich editor's own clipboard code is the one API they all share, so into an editable text goes
 * as a synthetic paste first (text/plain only: what "paste as plain text" carries). Where nobody
 * handles the paste (a bare contenteditable, a textarea), `execCommand('insertText')` has the
 * browser insert it as if typed: the one way to write that lands on the browser's own undo stack
 * and fires the `input` event page frameworks listen to (MDN, Document.execCommand, insertText:
 * deprecated, yet kept by every engine for this). A textarea that refuses even that gets
 * `setRangeText` and an `input` event: no undo, but the page sees the value.
 */
import { dispatchPaste, editAsTyped, selectionDrivenEditor } from './selection-driven-editor';
import { READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver } from './types';

export const plainDriver: EditorDriver = {
  attach(element) {
    if (element instanceof HTMLTextAreaElement) return driveTextarea(element);
    return element.isContentEditable
      ? selectionDrivenEditor(element, 'native', (editable, text) =>
          dispatchPaste(editable, text) ? 'paste' : editAsTyped(editable.ownerDocument, 'insertText', text) ? 'native' : null,
        )
      : null;
  },
};

const NATIVE: DriverResult = { ok: true, via: 'native' };

function driveTextarea(textarea: HTMLTextAreaElement): DrivenEditor {
  const write = (start: number, end: number, text: string): DriverResult => {
    if (textarea.readOnly || textarea.disabled) return READ_ONLY;
    textarea.focus();
    textarea.setSelectionRange(start, end);
    if (!editAsTyped(textarea.ownerDocument, 'insertText', text)) {
      textarea.setRangeText(text, start, end, 'end');
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    return NATIVE;
  };
  return {
    insert(text, at) {
      const { value, selectionStart, selectionEnd } = textarea;
      if (at === 'cursor') return write(selectionStart, selectionEnd, text);
      if (!value) return write(0, 0, text);
      return at === 'start' ? write(0, 0, `${text}\n`) : write(value.length, value.length, `\n${text}`);
    },
    select(span) {
      textarea.focus();
      textarea.setSelectionRange(span.start, span.end);
      return NATIVE;
    },
    replace: (span, text) => write(span.start, span.end, text),
    setText: (text) => write(0, textarea.value.length, text),
  };
}
