/**
 * Every runtime message the extension sends, by type: who sends it, what it carries and what it is
 * answered. Senders go through `sendToBackground` / `sendToTab`, the background's routing table is a
 * `BackgroundHandlers`, so a message or a handler not in this map, or an answer of another shape,
 * does not compile. No schema reaches the content script's bundle from here.
 *
 * Types are erased at run time: the background's router (background-handlers.ts) checks the
 * sender's kind (BACKGROUND_SENDERS), then each handler validates its payload (the valibot schemas
 * beside each message) and checks the sender further (sender.ts). Every answer that can fail is a
 * lib/result.ts result.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { PageStartMessage, PageStartResponse } from '../anysite/start-on-page';
import type { ListeningRequest, ListeningResponse, ListeningWake, ListeningWakeResponse } from '../listening-service/messages';
import type { Ok } from '../result';
import type { HelpdeskStartMessage, HelpdeskStartResponse } from '../toolbar/helpdesk-start';
import type { ToolbarResponse, ToolbarStateMessage } from '../toolbar/toolbar-messages';
import type { DraftHoldMessage, DraftLoadMessage, DraftReplySentMessage, DraftResponse, DraftSaveMessage, MessageRefusal } from './messages';
import type { PageMessage, StorageHealth } from './page-messages';
import type { SidebarStatus } from './tab-messages';

/** A storage message's answer: the database's health, or why the message was refused. */
export type StorageAnswer = StorageHealth | MessageRefusal;

/** To the background (`runtime.sendMessage`). */
export interface BackgroundMessages {
  // From a helpdesk tab's content script, about a ticket of the origin that tab shows.
  'draft/load': { request: DraftLoadMessage; answer: DraftResponse };
  'draft/save': { request: DraftSaveMessage; answer: DraftResponse };
  'draft/hold': { request: DraftHoldMessage; answer: DraftResponse };
  'draft/reply-sent': { request: DraftReplySentMessage; answer: DraftResponse };
  // From the extension's own pages (popup, options): the drafts database.
  'storage/health': { request: Extract<PageMessage, { type: 'storage/health' }>; answer: StorageAnswer };
  'storage/reset': { request: Extract<PageMessage, { type: 'storage/reset' }>; answer: StorageAnswer };
  // From a helpdesk tab's content script (the sidebar): the listening engine.
  'listening/analyze': { request: ListeningRequest; answer: ListeningResponse };
  'listening/wake': { request: ListeningWake; answer: ListeningWakeResponse };
  // From a helpdesk tab's content script: its toolbar button's state.
  'toolbar/state': { request: ToolbarStateMessage; answer: ToolbarResponse };
  // From the toolbar popup: "Use ListenFirst on this page".
  'page/start': { request: PageStartMessage; answer: PageStartResponse };
  // From the toolbar popup: "Turn on ListenFirst for <helpdesk>", once its hosts are granted.
  'helpdesk/start': { request: HelpdeskStartMessage; answer: HelpdeskStartResponse };
}

/** To a helpdesk tab's content script (`tabs.sendMessage`), from the background or the popup. */
export interface TabMessages {
  'sidebar/toggle': { request: { type: 'sidebar/toggle' }; answer: Ok };
  'sidebar/status': { request: { type: 'sidebar/status' }; answer: SidebarStatus };
  /** The extension is about to update: every open draft is written now. */
  'sidebar/flush': { request: { type: 'sidebar/flush' }; answer: Ok };
}

/**
 * Who may send each message to the background, checked on the browser-stamped sender before its
 * handler runs (which then checks further: the ticket's origin, the page's own tab):
 * - `content script`: this extension's content script, in a tab's top frame, on a web page;
 * - `extension page`: one of this extension's own pages (the popup, the options page).
 */
export type SenderKind = 'content script' | 'extension page';
export const BACKGROUND_SENDERS: { readonly [Type in BackgroundMessageType]: SenderKind } = {
  'draft/load': 'content script',
  'draft/save': 'content script',
  'draft/hold': 'content script',
  'draft/reply-sent': 'content script',
  'storage/health': 'extension page',
  'storage/reset': 'extension page',
  'listening/analyze': 'content script',
  'listening/wake': 'content script',
  'toolbar/state': 'content script',
  'page/start': 'extension page',
  'helpdesk/start': 'extension page',
};

/** What a map must be: each entry's request carries its own type. */
export type MessageMap<Map> = { [Type in keyof Map]: { request: { type: Type }; answer: unknown } };

export type BackgroundMessageType = keyof BackgroundMessages;
export type BackgroundRequest<Type extends BackgroundMessageType = BackgroundMessageType> = BackgroundMessages[Type]['request'];
export type BackgroundAnswer<Type extends BackgroundMessageType = BackgroundMessageType> = BackgroundMessages[Type]['answer'];
export type TabMessageType = keyof TabMessages;
export type TabRequest<Type extends TabMessageType = TabMessageType> = TabMessages[Type]['request'];
export type TabAnswer<Type extends TabMessageType = TabMessageType> = TabMessages[Type]['answer'];

/** A request without its `type` (the first argument names it); one per type even when `Type` is several. */
export type Payload<Request> = Request extends unknown ? Omit<Request, 'type'> : never;

/**
 * Sends one message to the background and resolves with its handler's answer. Rejects when nobody
 * answers (the worker restarting, the extension updated under the page): callers decide what that means.
 */
export function sendToBackground<Type extends BackgroundMessageType>(type: Type, payload: Payload<BackgroundRequest<Type>>): Promise<BackgroundAnswer<Type>> {
  return browser.runtime.sendMessage({ ...payload, type }) as Promise<BackgroundAnswer<Type>>;
}

/** Sends one message to a tab's content script; rejects when the tab has none (not a helpdesk page). */
export function sendToTab<Type extends TabMessageType>(tabId: number, type: Type): Promise<TabAnswer<Type>> {
  return browser.tabs.sendMessage(tabId, { type }) as Promise<TabAnswer<Type>>;
}

/**
 * The background's routing table: one handler for each message type in the map, answering that
 * type's answer. A handler gets the message and its sender unchecked, and checks both.
 */
export type BackgroundHandlers = {
  readonly [Type in BackgroundMessageType]: (message: unknown, sender: Runtime.MessageSender) => Promise<BackgroundAnswer<Type>> | BackgroundAnswer<Type>;
};
