/** The content script's side of the editor bridge: ask the page world to insert text, await the answer. */
import type { ReplyEditor } from '../adapters';
import {
  EDITOR_REQUEST_EVENT,
  EDITOR_RESPONSE_EVENT,
  parseEditorResponse,
  type EditorRequest,
  type EditorResponse,
  type InsertPosition,
} from './protocol';

export async function insertIntoEditor(editor: ReplyEditor, text: string, at: InsertPosition, timeoutMs = 1_000): Promise<EditorResponse> {
  const element = editor.element;
  const request: EditorRequest = { id: crypto.randomUUID(), op: 'insert', text, at };
  return new Promise((resolve) => {
    const doc = element.ownerDocument;
    const finish = (response: EditorResponse) => {
      doc.removeEventListener(EDITOR_RESPONSE_EVENT, onResponse, true);
      clearTimeout(timer);
      resolve(response);
    };
    const onResponse = (event: Event) => {
      const response = parseEditorResponse((event as CustomEvent).detail);
      if (response?.id === request.id) finish(response);
    };
    const timer = setTimeout(
      () => finish({ id: request.id, ok: false, error: 'the page did not answer (is the reply editor still there?)' }),
      timeoutMs,
    );
    doc.addEventListener(EDITOR_RESPONSE_EVENT, onResponse, true);
    element.dispatchEvent(new CustomEvent(EDITOR_REQUEST_EVENT, { detail: JSON.stringify(request), bubbles: true, composed: true }));
  });
}
