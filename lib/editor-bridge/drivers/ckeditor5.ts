/**
 * CKEditor 5 (helpdesks whose registry row says editorKind 'ckeditor5'). The editor puts itself on its editable as
 * `ckeditorInstance` (public since v34); every write is one `model.change()`, which is one step
 * of the editor's undo and fires the `change:data` the helpdesk saves on.
 */
import type { InsertPosition } from '../protocol';
import { failure } from '../../result';
import { NOT_FOUND, READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver, type TextSpan } from './types';

// The minimal shape of the API we call.
interface CkWriter {
  createElement(name: string): unknown;
  insertText(text: string, parent: unknown): void;
  insert(item: unknown, parent: unknown, offset: number | 'end'): void;
  createDocumentFragment(): unknown;
  append(item: unknown, parent: unknown): void;
  createText(text: string): unknown;
  setSelection(item: unknown, place?: 'end'): void;
  remove(range: unknown): void;
  createRangeIn(element: unknown): unknown;
}
interface CkEditor {
  model: {
    change(callback: (writer: CkWriter) => void): void;
    insertContent(content: unknown, selectable?: unknown): void;
    document: { getRoot(): { childCount: number } | null };
  };
  editing: {
    view: { focus(): void; scrollToTheSelection(): void; domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): unknown };
  };
  isReadOnly?: boolean;
}

const OK: DriverResult = { ok: true, via: 'ckeditor5' };

export const ckeditor5Driver: EditorDriver = {
  attach(element) {
    const editor = (element as HTMLElement & { ckeditorInstance?: CkEditor }).ckeditorInstance;
    return editor ? drive(editor) : null;
  },
};

function drive(editor: CkEditor): DrivenEditor {
  const paragraphs = (writer: CkWriter, text: string) =>
    text.split(/\r?\n/).map((line) => {
      const paragraph = writer.createElement('paragraph');
      if (line) writer.insertText(line, paragraph);
      return paragraph;
    });
  const span = (found: TextSpan, replacement: string | null): DriverResult => {
    const modelRange = found.range && editor.editing.mapper.toModelRange(editor.editing.view.domConverter.domRangeToView(found.range));
    if (!modelRange) return NOT_FOUND;
    if (replacement !== null && editor.isReadOnly) return READ_ONLY;
    editor.model.change((writer) => {
      if (replacement === null) writer.setSelection(modelRange);
      else editor.model.insertContent(writer.createText(replacement), modelRange);
    });
    editor.editing.view.focus();
    editor.editing.view.scrollToTheSelection();
    return OK;
  };

  return {
    insert(text: string, at: InsertPosition) {
      if (editor.isReadOnly) return READ_ONLY;
      editor.model.change((writer) => {
        const root = editor.model.document.getRoot();
        if (!root) return;
        const lines = paragraphs(writer, text);
        if (at === 'cursor') {
          if (lines.length === 1) editor.model.insertContent(writer.createText(text));
          else {
            const fragment = writer.createDocumentFragment();
            for (const paragraph of lines) writer.append(paragraph, fragment);
            editor.model.insertContent(fragment);
          }
          return;
        }
        const offset = at === 'start' ? 0 : root.childCount;
        lines.forEach((paragraph, index) => writer.insert(paragraph, root, offset + index));
        writer.setSelection(lines[lines.length - 1], 'end');
      });
      editor.editing.view.focus();
      return OK;
    },
    select: (found) => span(found, null),
    replace: (found, text) => span(found, text),
    setText(text) {
      if (editor.isReadOnly) return READ_ONLY;
      const root = editor.model.document.getRoot();
      if (!root) return failure('no-editor', 'the editor has no content root');
      editor.model.change((writer) => {
        writer.remove(writer.createRangeIn(root));
        paragraphs(writer, text).forEach((paragraph, index) => writer.insert(paragraph, root, index));
      });
      editor.editing.view.focus();
      return OK;
    },
  };
}
