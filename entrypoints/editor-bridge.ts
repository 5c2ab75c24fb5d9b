import { importBridgeKey, signEditorResponse, takeKeyFromContentScript } from '@/lib/editor-bridge/bridge-key';
import { runPageEditorOperation } from '@/lib/editor-bridge/drivers';
import { EDITOR_REQUEST_EVENT, EDITOR_RESPONSE_EVENT, editorResponse, parseEditorRequest } from '@/lib/editor-bridge/protocol';
import { failure } from '@/lib/result';

// The page-world half of the editor bridge: the only code of ours that runs in the helpdesk's own
// JavaScript world, because that is where the editors' instances live (see lib/editor-bridge/drivers). It reads nothing
// but the request; a content script file, so page CSP doesn't block it. It starts at document_start,
// before the page's scripts, to take the key that signs its answers (see bridge-key.ts).
// An unlisted script, declared in the manifest (page world, document_start) by wxt.config.ts
// (EDITOR_BRIDGE_SCRIPT): so the helpdesks' match patterns, and the registry behind them, stay out of it.
export default defineUnlistedScript({
  main() {
    // Taken before any page script runs: a page that later patches SubtleCrypto or TextEncoder sees
    // neither the key nor this CryptoKey (non-extractable, never handed to a promise's `then`).
    const subtle = crypto.subtle;
    const sign = subtle.sign.bind(subtle);
    const encoder = new TextEncoder();
    const encode = encoder.encode.bind(encoder);
    let signingKey: CryptoKey | null = null;
    // Past loading only when the background injected it into a page open already, on the agent's
    // click (lib/anysite/start-on-page.ts): the sidebar script it injects next hands the key late.
    takeKeyFromContentScript(
      document,
      (key) => {
        importBridgeKey(subtle, key, 'sign').then(
          (imported) => (signingKey = imported),
          () => undefined,
        );
      },
      { late: document.readyState !== 'loading' },
    );

    document.addEventListener(
      EDITOR_REQUEST_EVENT,
      (event) => {
        const request = parseEditorRequest((event as CustomEvent).detail);
        const target = event.target;
        const editable = editableOf(target);
        const key = signingKey;
        if (!request || !key || !target || !editable) return;
        const { id, editor, ...operation } = request;
        void runPageEditorOperation(editable, operation, editor)
          .catch((error: unknown) => failure('threw', error instanceof Error ? error.message : 'the editor refused the text'))
          .then((result) => signEditorResponse(sign, encode, key, editorResponse(id, result)))
          .then((detail) => target.dispatchEvent(new CustomEvent(EDITOR_RESPONSE_EVENT, { detail, bubbles: true, composed: true })));
      },
      true,
    );
  },
});

/**
 * The editable a request is for: its target, or, for a request sent on a same-origin <iframe> (an
 * editor kept in a frame, whose own events never reach this document), the frame's editable body.
 */
function editableOf(target: EventTarget | null): HTMLElement | null {
  if (target instanceof HTMLIFrameElement) {
    const body = target.contentDocument?.body; // null across origins
    return body?.isContentEditable ? body : null;
  }
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement) ? target : null;
}
