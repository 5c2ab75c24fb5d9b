/**
 * Messages the extension's own pages (background, popup) send a helpdesk tab's content script.
 * The content script accepts them only from this extension's non-tab contexts, validated. (Checked
 * by hand: two fixed shapes don't need the schema library in the content script's bundle.)
 */
import type { Runtime } from 'webextension-polyfill';
import type { LayoutState } from '../page/ticket-page-watcher';
import type { TabMessageType, TabRequest } from './message-map';

export type TabMessage = TabRequest;
/** Every type in the map's TabMessages, and no other (a missing or extra key does not compile). */
const TAB_MESSAGE_TYPES: Readonly<Record<TabMessageType, true>> = { 'sidebar/toggle': true, 'sidebar/status': true, 'sidebar/flush': true };

export interface SidebarStatus {
  helpdesk: string;
  /** Started on a page no adapter knows, with the agent's picks (lib/anysite). */
  onPage?: true;
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
  return typeof type === 'string' && Object.hasOwn(TAB_MESSAGE_TYPES, type) ? ({ type } as TabMessage) : null;
}
