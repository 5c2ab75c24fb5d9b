/**
 * Shown in the page when this sidebar was cut off from the extension (updated, reloaded, switched
 * off) and no new one took over: the agent learns why the sidebar went, and gets back what they
 * typed in it that may not be saved. Built with textContent only; its own closed shadow root keeps
 * the page's styles out. It stays until the page reloads.
 */
import type { HandedOverDraft } from './handover';

export interface CutOffNotice {
  remove(): void;
}

export function showCutOffNotice(doc: Document, drafts: readonly HandedOverDraft[]): CutOffNotice {
  const host = doc.createElement('listen-first-notice');
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'position:fixed;right:9px;bottom:9px;z-index:2147483647;max-width:360px;padding:9px;font:13px system-ui;color:#000;background:#fff8e1';
  box.textContent = 'ListenFirst was updated or switched off. Reload this page to get its sidebar back.';
  for (const draft of drafts) {
    if (draft.restatement.trim() === '') continue;
    const field = doc.createElement('textarea');
    field.readOnly = true;
    field.ariaLabel = 'Your restatement';
    field.value = draft.restatement;
    box.append(field);
  }
  host.attachShadow({ mode: 'closed' }).append(box);
  doc.body.append(host);
  return { remove: () => host.remove() };
}
