/**
 * Slate (Help Scout's composer), through slate-react's `<Editable>`.
 *
 * Slate keeps its editor object in React's state; the DOM carries no public handle to it (its
 * maps from DOM nodes to the editor, slate-dom's ELEMENT_TO_NODE and EDITOR_TO_ELEMENT, are
 * WeakMaps inside the page's own bundle, out of another script's reach). What slate-react
 * does document, in code, is how it takes input: it listens to the native `beforeinput` event
 * (Input Events Level 2), and for `insertFromPaste` with a DataTransfer it calls
 * `ReactEditor.insertData`, the editor's own paste path (plugins' `insertData` overrides run,
 * slate-history records one undo batch, `onChange` fires: the helpdesk saves). Two details in
 * slate-react 0.146 (Editable, onDOMBeforeInput) make a synthetic event work:
 *  - it re-reads the DOM selection first ("Some IMEs/Chrome extensions like e.g. Grammarly set
 *    the selection immediately before triggering a `beforeinput` expecting the change to be
 *    applied to the immediately before set selection"), so setting the DOM selection and
 *    dispatching at once writes at that selection;
 *  - it tells a DataTransfer by `constructor.name` "to allow programmatic access of paste
 *    events coming from external windows like cypress".
 * An empty replacement is a `deleteContentBackward` over the selection (Editor.deleteFragment).
 * Lines become blocks: insertTextData splits the text at line breaks (slate-dom's with-dom).
 */
import { readEditorText } from '../editor-text';
import { edgeRange, plainTextTransfer, selectDomRange, selectionSettled, textAsOwnParagraphs, wholeTextRange } from './dom-selection';
import { READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver } from './types';

const OK: DriverResult = { ok: true, via: 'slate' };
const IGNORED: DriverResult = { ok: false, error: 'the editor ignored the text' };
const NOT_FOUND: DriverResult = { ok: false, error: 'the editor could not find those words' };

export const slateDriver: EditorDriver = {
  attach(element) {
    return element.matches('[data-slate-editor]') ? drive(element) : null;
  },
};

function drive(element: HTMLElement): DrivenEditor {
  const writeAt = (range: Range, text: string): DriverResult => {
    // slate-react renders a read-only editor with contenteditable="false".
    if (!element.isContentEditable) return READ_ONLY;
    selectDomRange(element, range);
    const event = text
      ? new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: plainTextTransfer(text), bubbles: true, cancelable: true })
      : new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true });
    return element.dispatchEvent(event) ? IGNORED : OK;
  };
  return {
    insert(text, at) {
      const full = textAsOwnParagraphs(text, at, !readEditorText(element).text);
      if (at !== 'cursor') return writeAt(edgeRange(element, at), full);
      const selection = element.ownerDocument.getSelection();
      const inEditor = selection?.rangeCount && element.contains(selection.anchorNode);
      return writeAt(inEditor ? selection.getRangeAt(0) : edgeRange(element, 'end'), full);
    },
    async select(span) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(element, span.range);
      // slate-react copies the DOM selection into editor.selection on `selectionchange`.
      await selectionSettled(element.ownerDocument);
      return OK;
    },
    replace: (span, text) => (span.range ? writeAt(span.range, text) : NOT_FOUND),
    setText: (text) => writeAt(wholeTextRange(element), text),
  };
}
