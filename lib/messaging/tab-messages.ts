/**
 * Messages the extension's own pages (background, popup) send a helpdesk tab's content script.
 * The content script accepts them only from this extension's non-tab contexts, validated. (Checked
 * by hand: two fixed shapes don't need the schema library in the content script's bundle.)
 */
import type { Runtime } from 'webextension-polyfill';
import type { LayoutState } from '../page/ticket-page-watcher';

/** sidebar/flush: the extension is about to update; write every open draft now. */
export type TabMessage = { type: 'sidebar/toggle' } | { type: 'sidebar/status' } | { type: 'sidebar/flush' };
const TAB_MESSAGE_TYPES = new Set<string>(['sidebar/toggle', 'sidebar/status', 'sidebar/flush']);

export interface SidebarStatus {
  helpdesk: string;
  paused: boolean;
  /** The open ticket, when the page shows one. */
  ticket: { id: string; subject: string } | null;
  layout: LayoutState | null;
}

export function parseTabMessage(input: unknown, sender: Runtime.MessageSender, extensionId: string): TabMessage | null {
  // From the background or the popup: this extension, and not another tab's content script.
  if (sender.id !== extensionId || sender.tab) return null;
  if (!input || typeof input !== 'object' || Object.keys(input).length !== 1) return null;
  const type = (input as { type?: unknown }).type;
  return typeof type === 'string' && TAB_MESSAGE_TYPES.has(type) ? ({ type } as TabMessage) : null;
}
