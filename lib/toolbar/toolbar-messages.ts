/**
 * The helpdesk tab's content script tells the background which state its toolbar button shows;
 * the background draws it for that tab only. Tabs the content script never runs in (any other
 * site) keep the manifest's default, the "not a ticket page" icon.
 */
import type { Runtime } from 'webextension-polyfill';
import { contentScriptPage } from '../messaging/sender';
import { failure, ok, type Failure, type Ok } from '../result';
import { TOOLBAR_STATES, TOOLBAR_TITLES, toolbarIcon, type ToolbarState } from './toolbar-icons';

export interface ToolbarStateMessage {
  type: 'toolbar/state';
  state: ToolbarState;
}

/** The part of `browser.action` the background uses (a stand-in in tests). */
export interface ToolbarAction {
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export type ToolbarResponse = Ok | Failure<'invalid' | 'forbidden'>;

export async function handleToolbarMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  extensionId: string,
  action: ToolbarAction,
): Promise<ToolbarResponse> {
  const page = contentScriptPage(sender, extensionId);
  if (!page.ok) return page;
  const record = message && typeof message === 'object' ? (message as Record<string, unknown>) : {};
  const state = TOOLBAR_STATES.find((known) => known === record.state);
  if (record.type !== 'toolbar/state' || !state || Object.keys(record).length !== 2) {
    return failure('invalid', `expected { type: 'toolbar/state', state: ${TOOLBAR_STATES.join(' | ')} }`);
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return failure('forbidden', 'sender is not a helpdesk tab');
  await action.setIcon({ tabId, path: toolbarIcon(state) });
  await action.setTitle({ tabId, title: TOOLBAR_TITLES[state] });
  return ok();
}

/** For the content script: sends a state only when it changes (the sidebar redraws often). */
export function toolbarReporter(send: (message: ToolbarStateMessage) => Promise<unknown>): (state: ToolbarState) => void {
  let shown: ToolbarState | null = null;
  return (state) => {
    if (state === shown) return;
    shown = state;
    // A background that is restarting misses one report; the next change sends again. An
    // invalidated extension context throws at once: that must not break the sidebar's drawing.
    const missed = () => {
      shown = null;
    };
    try {
      send({ type: 'toolbar/state', state }).catch(missed);
    } catch {
      missed();
    }
  };
}
