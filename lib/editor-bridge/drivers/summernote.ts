/**
 * Summernote 0.8 (editorKind 'summernote' in the registry; written against 0.8.9), a jQuery
 * plugin: its API is `$(textarea).summernote('module.method', …)` on the element it was created on,
 * in the page's world, where this bridge runs. The adapter hands over the editable
 * (`.note-editable`); the instance is the Summernote context whose layout holds that editable.
 *
 * Every write goes through the editor's own commands: `editor.insertText` over the DOM selection
 * for a hint's words, and for whole lines `code` between `editor.beforeCommand` and
 * `editor.afterCommand`, which is what Summernote's own commands do (wrapCommand): one step of its
 * undo history (History.recordUndo) and a `summernote.change`, on which it copies the text into the
 * textarea the form posts (AutoSync) and a helpdesk's onChange callback saves its draft.
 * Lines become the editor's own paragraphs (`$.summernote.dom.emptyPara`: <div> in a helpdesk's
 * patched build, <p> in Summernote's own).
 */
import { escapeHtml } from '../protocol';
import { readEditorText } from '../editor-text';
import { selectDomRange } from './selection-driven-editor';
import { NOT_FOUND, READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver } from './types';

/** The jQuery collection of one element, as far as the calls below need it. */
interface JQueryOne {
  data(key: 'summernote'): SummernoteContext | undefined;
  summernote(command: string, ...args: unknown[]): unknown;
}
interface SummernoteContext {
  layoutInfo?: { editable?: ArrayLike<HTMLElement> };
  isDisabled?(): boolean;
}
type JQuery = ((element: Element) => JQueryOne) & { summernote?: { dom?: { emptyPara?: string } } };

const OK: DriverResult = { ok: true, via: 'summernote' };

export const summernoteDriver: EditorDriver = {
  attach(element) {
    const $ = (element.ownerDocument.defaultView as (Window & { jQuery?: JQuery }) | null)?.jQuery;
    if (typeof $ !== 'function' || !$.summernote) return null;
    const note = summernoteElement($, element);
    return note ? drive($, note, element) : null;
  },
};

/** The element Summernote was created on (usually a textarea the form posts) whose editable is `editable`. */
function summernoteElement($: JQuery, editable: HTMLElement): JQueryOne | null {
  // Summernote puts its editor right after that element; any textarea in the document is the fallback.
  const frame = editable.closest('.note-editor');
  const candidates = [frame?.previousElementSibling, ...editable.ownerDocument.querySelectorAll('textarea')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const note = $(candidate);
    if (note.data('summernote')?.layoutInfo?.editable?.[0] === editable) return note;
  }
  return null;
}

function drive($: JQuery, note: JQueryOne, editable: HTMLElement): DrivenEditor {
  const paragraphTag = /^<(\w+)/.exec($.summernote?.dom?.emptyPara ?? '')?.[1] ?? 'p';
  const paragraphs = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => `<${paragraphTag}>${escapeHtml(line) || '<br>'}</${paragraphTag}>`)
      .join('');
  const isEmpty = () => !readEditorText(editable).text.trim();
  const disabled = () => note.data('summernote')?.isDisabled?.() ?? editable.getAttribute('contenteditable') === 'false';
  /** Replaces the whole content as one command: one undo step, one change event. */
  const setHtml = (html: string): DriverResult => {
    if (disabled()) return READ_ONLY;
    note.summernote('editor.beforeCommand');
    note.summernote('code', html);
    note.summernote('editor.afterCommand');
    return OK;
  };
  const current = () => String(note.summernote('code') ?? '');
  /** Types `text` over the DOM range through the editor's insertText command (it deletes the range first). */
  const typeOver = (range: Range, text: string): DriverResult => {
    if (disabled()) return READ_ONLY;
    selectDomRange(editable, range);
    note.summernote('editor.insertText', text);
    return OK;
  };

  return {
    insert(text, at) {
      if (at === 'cursor') {
        const selection = editable.ownerDocument.getSelection();
        const range = selection?.rangeCount && editable.contains(selection.anchorNode) ? selection.getRangeAt(0) : null;
        if (range && !text.includes('\n')) return typeOver(range, text);
        if (range) {
          if (disabled()) return READ_ONLY;
          note.summernote('editor.pasteHTML', paragraphs(text));
          return OK;
        }
      }
      if (isEmpty()) return setHtml(paragraphs(text));
      // At the start, or at the end (also for the cursor when the selection is not in the editor).
      return setHtml(at === 'start' ? paragraphs(text) + current() : current() + paragraphs(text));
    },
    select(span) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(editable, span.range);
      note.summernote('editor.saveRange');
      return OK;
    },
    replace: (span, text) => (span.range ? typeOver(span.range, text) : NOT_FOUND),
    setText: (text) => setHtml(text ? paragraphs(text) : ($.summernote?.dom?.emptyPara ?? '')),
  };
}
