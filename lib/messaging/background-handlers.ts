/**
 * The background's routing table: one handler for each message type in message-map.ts (a missing or
 * extra one does not compile). Every handler checks the browser-stamped sender and validates the
 * payload before it does anything; message-map.test.ts sends every type from a wrong sender and
 * with a broken payload to prove it.
 */
import type { PageStartApis } from '../anysite/start-on-page';
import { handlePageStartMessage } from '../anysite/start-on-page';
import type { ListenFirstDatabase } from '../drafts/db';
import { draftHandlers } from '../drafts/message-handler';
import { handleListeningMessage, handleListeningWake } from '../listening-service/handler';
import { handleToolbarMessage, type ToolbarAction } from '../toolbar/toolbar-messages';
import type { BackgroundHandlers } from './message-map';
import type { CustomOriginLookup } from './sender';

export interface BackgroundParts {
  db: ListenFirstDatabase;
  extensionId: string;
  /** `runtime.getURL('/')`: the extension's own pages' origin (see extensionPage). */
  extensionOrigin: string;
  /** Helpdesks on teams' own domains, for content scripts registered there. */
  customOrigins: CustomOriginLookup;
  toolbar: ToolbarAction;
  pageStart: PageStartApis;
}

export function backgroundHandlers({ db, extensionId, extensionOrigin, customOrigins, toolbar, pageStart }: BackgroundParts): BackgroundHandlers {
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
  };
}
