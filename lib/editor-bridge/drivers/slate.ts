/**
 * Slate (Help Scout's composer), through slate-react's `<Editable>`.
 *
 * Slate keeps its editor object in React's state; the DOM carries no public handle to it (its
 * maps from DOM nodes to the editor, slate-dom's ELEMENT_TO_NODE and EDITOR_TO_ELEMENT, are
 * WeakMaps inside the page's own bundle, out of another script's reach). What slate-react does
 * show, in code, is how it takes input: it listens to the native `beforeinput` event (Input
 * Events Level 2), and for `insertFromPaste` with a DataTransfer it calls
 * `ReactEditor.insertData`, the editor's own paste path (plugins' `insertData` overrides run,
 * slate-history records one undo batch, `onChange` fires: the helpdesk saves). Two details in
 * slate-react 0.146 (Editable, onDOMBeforeInput) make a synthetic event work:
 *  - it re-reads the DOM selection first ("Some IMEs/Chrome extensions like e.g. Grammarly set
 *    the selection immediately before triggering a `beforeinput` expecting the change to be
 *    applied to the immediately before set selection");
 *  - it tells a DataTransfer by `constructor.name` "to allow programmatic access of paste
 *    events coming from external windows like cypress".
 * Lines become blocks: insertTextData splits the text at line breaks (slate-dom, withDOM).
 * An empty text is a `deleteContentBackward` over the selection (Editor.deleteFragment).
 * A read-only Slate renders contenteditable="false", which the shared code refuses.
 */
import { plainTextTransfer, selectionDrivenEditor } from './selection-driven-editor';
import type { EditorDriver } from './types';

export const slateDriver: EditorDriver = {
  attach(element) {
    if (!element.matches('[data-slate-editor]')) return null;
    return selectionDrivenEditor(element, 'slate', (editable, text) => {
      const input = text
        ? new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: plainTextTransfer(text), bubbles: true, cancelable: true })
        : new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true });
      return editable.dispatchEvent(input) ? null : 'slate';
    });
  },
};
