/**
 * Froala 4+ (editorKind 'froala'). The instance is kept on the element it was created on, an ancestor of
 * the editable, or in `FroalaEditor.INSTANCES`. Froala's undo is snapshots: a `saveStep()` before
 * and after each write makes it one undo step, and `contentChanged` is what its save listens to.
 */
import { escapeHtml, textToParagraphHtml } from '../protocol';
import { selectDomRange } from './selection-driven-editor';
import { NOT_FOUND, type DriverResult, type DrivenEditor, type EditorDriver } from './types';

interface FroalaEditor {
  el: Element;
  html: { get(keepMarkers?: boolean): string; set(html: string): void; insert(html: string): void };
  undo: { saveStep(): void };
  events: { trigger(name: string): void };
}

const OK: DriverResult = { ok: true, via: 'froala' };

export const froalaDriver: EditorDriver = {
  attach(element) {
    const editor = findFroalaInstance(element);
    return editor ? drive(editor, element) : null;
  },
};

function findFroalaInstance(element: HTMLElement): FroalaEditor | null {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const instance = (node as unknown as Record<string, FroalaEditor | undefined>)['data-froala.editor'];
    if (instance?.el === element) return instance;
  }
  const global = (element.ownerDocument.defaultView as { FroalaEditor?: { INSTANCES?: FroalaEditor[] } } | null)?.FroalaEditor;
  return global?.INSTANCES?.find((instance) => instance.el === element) ?? null;
}

function drive(editor: FroalaEditor, element: HTMLElement): DrivenEditor {
  const change = (write: () => void): DriverResult => {
    editor.undo.saveStep();
    write();
    editor.undo.saveStep();
    editor.events.trigger('contentChanged');
    return OK;
  };
  return {
    insert(text, at) {
      const html = textToParagraphHtml(text);
      return change(() => {
        if (at === 'cursor') editor.html.insert(html);
        else if (at === 'start') editor.html.set(html + editor.html.get());
        else editor.html.set(editor.html.get() + html);
      });
    },
    select(span) {
      if (span.range) selectDomRange(element, span.range);
      return OK;
    },
    replace(span, text) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(element, span.range);
      return change(() => editor.html.insert(escapeHtml(text)));
    },
    setText: (text) => change(() => editor.html.set(textToParagraphHtml(text))),
  };
}
