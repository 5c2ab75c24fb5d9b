/** The content script's side of the editor bridge: ask the page world to insert text, await the answer. */
import type { ReplyEditor } from '../adapters/types';
import { sessionBridgeKey, signedByBridge } from './bridge-key';
import {
  EDITOR_REQUEST_EVENT,
  EDITOR_RESPONSE_EVENT,
  parseEditorResponse,
  type EditorOperation,
  type EditorRequest,
  type EditorResponse,
} from './protocol';

/**
 * Asks the page-world bridge to carry out one operation on the editor, through the editor's own API.
 * Only an answer signed with this session's key counts; others (the page's own) are ignored.
 */
export async function runEditorOperation(editor: ReplyEditor, operation: EditorOperation, timeoutMs = 1_000, key = sessionBridgeKey()): Promise<EditorResponse> {
  // An editable in a same-origin frame: the bridge listens on this page's document, which the frame's
  // events never reach, so the request goes on the frame's <iframe> (the bridge finds the body again).
  const element = (editor.element.ownerDocument.defaultView?.frameElement as HTMLElement | null) ?? editor.element;
  const request: EditorRequest = { ...operation, id: crypto.randomUUID(), editor: editor.kind };
  // No hand-over at page load (the page was open before ListenFirst started): no answer can be trusted.
  if (!key) return { id: request.id, ok: false, code: 'no-key', error: 'ListenFirst started after this page; reload the page to write into the reply.' };
  return new Promise((resolve) => {
    const doc = element.ownerDocument;
    let done = false;
    const finish = (response: EditorResponse) => {
      if (done) return;
      done = true;
      doc.removeEventListener(EDITOR_RESPONSE_EVENT, onResponse, true);
      clearTimeout(timer);
      resolve(response);
    };
    const onResponse = (event: Event) => {
      const response = parseEditorResponse((event as CustomEvent).detail);
      if (response?.id !== request.id) return;
      void signedByBridge(response, key).then((signed) => signed && finish(response), () => undefined);
    };
    const timer = setTimeout(
      () => finish({ id: request.id, ok: false, code: 'no-answer', error: 'the page did not answer (is the reply editor still there?)' }),
      timeoutMs,
    );
    doc.addEventListener(EDITOR_RESPONSE_EVENT, onResponse, true);
    element.dispatchEvent(new CustomEvent(EDITOR_REQUEST_EVENT, { detail: JSON.stringify(request), bubbles: true, composed: true }));
  });
}
