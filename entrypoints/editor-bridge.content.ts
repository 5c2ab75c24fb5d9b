import { HELPDESK_MATCHES } from '@/lib/adapters/matches';
import { runPageEditorOperation } from '@/lib/editor-bridge/page-world-editors';
import { EDITOR_REQUEST_EVENT, EDITOR_RESPONSE_EVENT, parseEditorRequest } from '@/lib/editor-bridge/protocol';

// The page-world half of the editor bridge: the only code of ours that runs in the helpdesk's own
// JavaScript world, because that is where CKEditor's and Froala's instances live. It holds no
// state and reads nothing but the request; a content script file, so page CSP doesn't block it.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    document.addEventListener(
      EDITOR_REQUEST_EVENT,
      (event) => {
        const request = parseEditorRequest((event as CustomEvent).detail);
        const target = event.target;
        if (!request || !(target instanceof HTMLElement) || !target.isContentEditable) return;
        let result;
        try {
          result = runPageEditorOperation(target, request);
        } catch (error) {
          result = { ok: false as const, error: error instanceof Error ? error.message : 'the editor refused the text' };
        }
        target.dispatchEvent(
          new CustomEvent(EDITOR_RESPONSE_EVENT, { detail: JSON.stringify({ id: request.id, ...result }), bubbles: true, composed: true }),
        );
      },
      true,
    );
  },
});
