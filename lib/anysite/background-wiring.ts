/**
 * The background's part for pages no adapter knows: the popup's "Use ListenFirst on this page"
 * (start-on-page.ts), and the remembered sites' scripts kept registered while their permission is
 * held (remembered-sites.ts). Listeners are added synchronously (an MV3 worker is woken by what it
 * listened to at start).
 */
import type { Runtime } from 'webextension-polyfill';
import { watchSettingsChanges } from '../playbooks/effective-settings';
import { listenUntilAborted } from '../lifetimes/browser-event';
import { watchStored } from '../storage/extension-storage';
import { agentSitesValue, syncRememberedSites } from './remembered-sites';
import { handlePageStartMessage, type PageStartApis, type PageStartResponse } from './start-on-page';

const logFailure = (error: unknown) => console.warn('ListenFirst: registering remembered sites failed', error);
const sync = () => void syncRememberedSites().catch(logFailure);

/** For the background's message routing: `page/…` messages. */
export function handlePageMessage(message: unknown, sender: Runtime.MessageSender): Promise<PageStartResponse> {
  return handlePageStartMessage(message, sender, browser.runtime.id, browser.runtime.getURL('/'), browser as unknown as PageStartApis);
}

/** Until `signal` aborts (the background passes one that lives as long as its worker). */
export function startRememberedSites(signal: AbortSignal): void {
  // The agent's list, or the team's playbook (its `sites`) or a policy's, changed.
  watchStored({ values: [agentSitesValue] }, sync, signal);
  watchSettingsChanges(sync, signal);
  listenUntilAborted(browser.permissions.onAdded, sync, signal);
  listenUntilAborted(browser.permissions.onRemoved, sync, signal);
  sync();
}
