/**
 * The background's routing table: one handler for each message type in message-map.ts (a missing or
 * extra one does not compile), and its one listener. The router refuses a sender of the wrong kind
 * (BACKGROUND_SENDERS); every handler then validates the payload and checks the sender further
 * before it does anything. message-map.test.ts sends every type from wrong senders and with broken
 * payloads to prove it.
 */
import type { Runtime } from 'webextension-polyfill';
import type { PageStartApis } from '../anysite/start-on-page';
import { handlePageStartMessage } from '../anysite/start-on-page';
import type { ListenFirstDatabase } from '../drafts/db';
import { draftHandlers } from '../drafts/message-handler';
import { handleListeningMessage, handleListeningWake } from '../listening-service/handler';
import { handleHelpdeskStartMessage, type HelpdeskStartApis } from '../toolbar/helpdesk-start';
import { handleToolbarMessage, type ToolbarAction } from '../toolbar/toolbar-messages';
import { failure, type Failure } from '../result';
import { BACKGROUND_SENDERS, type BackgroundAnswer, type BackgroundHandlers, type BackgroundMessageType } from './message-map';
import { contentScriptPage, extensionPage, type CustomOriginLookup } from './sender';

export interface BackgroundParts {
  db: ListenFirstDatabase;
  extensionId: string;
  /** `runtime.getURL('/')`: the extension's own pages' origin (see extensionPage). */
  extensionOrigin: string;
  /** Helpdesks on teams' own domains, for content scripts registered there. */
  customOrigins: CustomOriginLookup;
  toolbar: ToolbarAction;
  pageStart: PageStartApis;
  helpdeskStart: HelpdeskStartApis;
}

export function backgroundHandlers({ db, extensionId, extensionOrigin, customOrigins, toolbar, pageStart, helpdeskStart }: BackgroundParts): BackgroundHandlers {
  return {
    // Drafts (content scripts) and the drafts database's health (extension pages).
    ...draftHandlers(db, extensionId, extensionOrigin, customOrigins),
    // The listening engine runs in the background, off the helpdesk page's main thread.
    'listening/analyze': (message, sender) => handleListeningMessage(message, sender, extensionId),
    'listening/wake': (message, sender) => handleListeningWake(message, sender, extensionId),
    // The helpdesk tab's toolbar button: active on a ticket, paused for the site, or not a ticket page.
    'toolbar/state': (message, sender) => handleToolbarMessage(message, sender, extensionId, toolbar),
    // "Use ListenFirst on this page", from the toolbar popup: the sidebar injected into that tab only.
    'page/start': (message, sender) => handlePageStartMessage(message, sender, extensionId, extensionOrigin, pageStart),
    // "Turn on ListenFirst for <helpdesk>", from the toolbar popup: the sidebar started in that tab now.
    'helpdesk/start': (message, sender) => handleHelpdeskStartMessage(message, sender, extensionId, extensionOrigin, helpdeskStart),
  };
}

/** This extension, as the browser stamps its senders: its id, and its pages' origin (`runtime.getURL('/')`). */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/** The message's `type`, when it is one the table handles: routing only, before any validation. */
function handledType(handlers: BackgroundHandlers, message: unknown): BackgroundMessageType | null {
  const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(handlers, type) ? (type as BackgroundMessageType) : null;
}

/**
 * The background's one `runtime.onMessage` listener. A message of a type nobody handles is refused,
 * naming the types there are; one from a sender of the wrong kind is refused, saying why; any other
 * goes to its type's handler.
 */
export async function routeBackgroundMessage(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: Runtime.MessageSender,
  extension: ExtensionIdentity,
): Promise<BackgroundAnswer | Failure<'invalid' | 'forbidden'>> {
  const type = handledType(handlers, message);
  if (!type) return failure('invalid', `type: expected one of ${Object.keys(handlers).join(', ')}`);
  const allowed = BACKGROUND_SENDERS[type] === 'content script' ? contentScriptPage(sender, extension.id) : extensionPage(sender, extension.id, extension.origin);
  if (!allowed.ok) return allowed;
  return handlers[type](message, sender);
}
