/**
 * Messages the extension's own pages (background, popup) send a helpdesk tab's content script.
 * The content script accepts them only from this extension's non-tab contexts, validated.
 */
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';

export const TabMessageSchema = v.variant('type', [
  v.object({ type: v.literal('sidebar/toggle') }),
  v.object({ type: v.literal('sidebar/status') }),
]);
export type TabMessage = v.InferOutput<typeof TabMessageSchema>;

export interface SidebarStatus {
  helpdesk: string;
  paused: boolean;
  /** The open ticket, when the page shows one. */
  ticket: { id: string; subject: string } | null;
  layout: 'ready' | 'loading' | 'reply-closed' | 'not-understood' | null;
}

export function parseTabMessage(input: unknown, sender: Runtime.MessageSender, extensionId: string): TabMessage | null {
  // From the background or the popup: this extension, and not another tab's content script.
  if (sender.id !== extensionId || sender.tab) return null;
  const result = v.safeParse(TabMessageSchema, input);
  return result.success ? result.output : null;
}
