/**
 * The sidebar script's part in an extension update or reload (see extension-update.ts): the old
 * script, cut off, hands what it holds to the new one and steps aside (handover.ts); the new one
 * asks for it at start. A cut-off script with nobody taking over tells the agent in the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adoptBridgeKey, sessionBridgeKey } from '../editor-bridge/bridge-key';
import { showCutOffNotice, type CutOffNotice } from './cut-off-notice';
import { receiveHandover } from './handed-over';
import { offerHandover, requestHandover, type HandedOverDraft } from './handover';
import { openDraftContents } from './open-drafts';

/** How long a cut-off sidebar waits for a new one to take over before it tells the agent. */
export const CUT_OFF_NOTICE_DELAY_MS = 2_000;

const isCutOff = () => browser.runtime?.id == null;

function openDrafts(): HandedOverDraft[] {
  return openDraftContents().map(({ ticketKey, content }) => ({ ticketKey, restatement: content.restatement }));
}

/** Call before the sidebar mounts: what it holds is read on invalidation, before WXT unmounts it. */
export function followExtensionLifecycle(ctx: ContentScriptContext, key: CryptoKey, stopSidebar: () => void): void {
  let kept: HandedOverDraft[] | null = null;
  let handedOver = false;
  let notice: CutOffNotice | null = null;
  ctx.onInvalidated(() => {
    kept ??= openDrafts();
    // Invalidated while the extension runs: a newer script of ours started; it says what it must.
    if (!isCutOff()) return;
    setTimeout(() => {
      if (!handedOver) notice = showCutOffNotice(document, kept ?? []);
    }, CUT_OFF_NOTICE_DELAY_MS);
  });

  offerHandover(document, {
    key,
    cutOff: isCutOff,
    collect: () => ({ drafts: kept ?? openDrafts(), bridgeKey: sessionBridgeKey() }),
    handedOver() {
      handedOver = true;
      notice?.remove();
      stopSidebar();
      ctx.abort();
    },
  });

  requestHandover(
    document,
    key,
    (handover) => {
      if (handover.bridgeKey) adoptBridgeKey(handover.bridgeKey);
      receiveHandover(handover);
    },
    ctx.signal,
  );

  // Nothing tells a cut-off script that it is: the agent's next focus or key does. Reading
  // ctx.isInvalid notices it (and invalidates the context, which runs the handler above).
  const events = new AbortController();
  const check = () => {
    if (ctx.isInvalid) events.abort();
  };
  for (const type of ['focusin', 'keydown'] as const) document.addEventListener(type, check, { capture: true, passive: true, signal: events.signal });
}
