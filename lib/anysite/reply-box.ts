/**
 * The reply box an agent picks on a page no adapter knows: they click into it, and whatever they
 * clicked into is taken if it is a textarea or an editable region. The kind of editor (which driver
 * writes into it, lib/editor-bridge/drivers) is told from the marks each editor puts on its own
 * editable; an editable without one is written as the browser would.
 */
import type { EditorKind, ReplyEditor } from '../adapters/types';

/** The editors' own marks on their editable, in the order tried. */
const EDITOR_MARKS: readonly { kind: EditorKind; selector: string }[] = [
  { kind: 'ckeditor5', selector: '.ck-editor__editable' }, // CKEditor 5's editing root
  { kind: 'froala', selector: '.fr-element' }, // Froala's editable
  { kind: 'prosemirror', selector: '.ProseMirror' }, // ProseMirror's view (and editors built on it: Tiptap, Remirror)
  { kind: 'slate', selector: '[data-slate-editor]' }, // slate-react's Editable
];

/** The textarea or editing host `target` is in (an editable's outermost editable ancestor), or null. */
export function replyBoxAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const textarea = target.closest('textarea');
  if (textarea) return textarea.disabled || textarea.readOnly ? null : textarea;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let host: HTMLElement = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

export function editorKindOf(element: HTMLElement): EditorKind {
  if (element instanceof HTMLTextAreaElement) return 'plain';
  return EDITOR_MARKS.find((mark) => element.matches(mark.selector))?.kind ?? 'contenteditable';
}

export function replyEditorFor(element: HTMLElement): ReplyEditor {
  return { element, kind: editorKindOf(element) };
}
