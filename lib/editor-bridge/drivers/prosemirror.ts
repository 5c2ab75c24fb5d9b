/**
 * ProseMirror (editorKind 'prosemirror' in the registry; Atlaskit and Tiptap are built on it).
 *
 * There is no handle from the DOM to a plain ProseMirror EditorView: prosemirror-view puts a
 * `pmViewDesc` on the editable, but that description holds the document node, not the view
 * (prosemirror-view 1.44, viewdesc.ts: a ViewDesc keeps parent, children, dom and contentDOM; the
 * view is only ever passed to its methods). Tiptap's `dom.editor.view` would be one, but none of
 * the helpdesks we know of uses Tiptap, and a second path would cost the page-world script bytes.
 *
 * So the editor's own input handling does the write, the path the agent's own paste takes: the
 * DOM selection is set and the view copies it on `selectionchange`; then a synthetic `paste`
 * whose clipboardData ProseMirror parses (input.ts, editHandlers.paste → doPaste) into one
 * transaction tagged "paste": the page's handlePaste/transformPasted hooks run, prosemirror-history
 * records one undo step, and the page's dispatchTransaction (its save) sees it. Pasted plain text
 * splits into paragraphs at line breaks; blank lines collapse into one break (clipboard.ts,
 * parseFromClipboard). Nothing to paste (a whole reply set to empty): the browser deletes the
 * selection and the view reads that DOM change, as it reads typing.
 */
import { dispatchPaste, editAsTyped, selectionDrivenEditor } from './selection-driven-editor';
import type { EditorDriver } from './types';

export const prosemirrorDriver: EditorDriver = {
  attach(element) {
    if (!('pmViewDesc' in element)) return null;
    return selectionDrivenEditor(
      element,
      'prosemirror',
      (editable, text) => ((text ? dispatchPaste(editable, text) : editAsTyped(editable.ownerDocument, 'delete')) ? 'prosemirror' : null),
      // Past the 200 ms after a focus in which ProseMirror ignores a caret at the document's start (see SelectionDrivenOptions).
      { focusSettleMs: 250 },
    );
  },
};
