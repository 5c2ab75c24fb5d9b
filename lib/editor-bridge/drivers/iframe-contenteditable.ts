/**
 * An editor kept in a same-origin iframe: its editable is the body of the frame's document (the
 * adapter hands over that body; the bridge receives the request on the <iframe>, as events never
 * leave the frame's document). It is written like a bare editable, through the frame document's
 * own execCommand('insertText'): the browser inserts the text as if typed, so it lands on the
 * frame's native undo stack and fires the `input` event and DOM mutations the editor inside
 * watches (Squire, for one, keeps no model but the DOM it observes).
 *
 * Some such editors keep an undo stack of their own and take Ctrl+Z from the browser: one seen in
 * public code saves a state 250 ms after a keyup that changed the text, unless the key before was
 * its undo. So after writing, the frame sees a keydown and a keyup of a key that types nothing
 * (Shift): that editor saves the new text as one state and its Ctrl+Z takes the whole insertion
 * back, while an editor that leaves undo to the browser ignores both. Undo works either way:
 * execCommand for the browser's stack, the key events for the editor's.
 */
import { selectionDrivenEditor } from './selection-driven-editor';
import type { EditorDriver } from './types';

export const iframeContenteditableDriver: EditorDriver = {
  attach(element) {
    const doc = element.ownerDocument;
    const win = doc.defaultView;
    // The editable body of a child frame's document, nothing else.
    if (element !== doc.body || !win || win.parent === win || !element.isContentEditable) return null;
    return selectionDrivenEditor(element, 'native', (editable, text) => {
      if (!editable.ownerDocument.execCommand('insertText', false, text)) return null;
      announceKeystroke(editable);
      return 'native';
    });
  },
};

/** A keydown and keyup of Shift in the frame: an editor that saves undo states on keyup saves one. */
function announceKeystroke(editable: HTMLElement): void {
  // Events made by the frame's own window, as its listeners would get from the browser.
  const FrameKeyboardEvent = editable.ownerDocument.defaultView?.KeyboardEvent ?? KeyboardEvent;
  for (const type of ['keydown', 'keyup']) {
    editable.dispatchEvent(new FrameKeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', keyCode: 16, which: 16, bubbles: true, cancelable: true }));
  }
}
