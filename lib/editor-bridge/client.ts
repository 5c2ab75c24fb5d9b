/** The content script's side of the editor bridge: ask the page world to insert text, await the answer. */
import type { ReplyEditor } from '../adapters';
import {
  EDITOR_REQUEST_EVENT,
  EDITOR_RESPONSE_EVENT,
  parseEditorResponse,
  type EditorOperation,
  type EditorRequest,
  type EditorResponse,
} from './protocol';

/** Asks the page-world bridge to carry out one operation on the editor, through the editor's own API. */
export async function runEditorOperation(editor: ReplyEditor, operation: EditorOperation, timeoutMs = 1_000): Promise<EditorResponse> {
  const element = editor.element;
  const request: EditorRequest = { ...operation, id: crypto.randomUUID() };
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
