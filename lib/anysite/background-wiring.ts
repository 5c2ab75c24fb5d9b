/**
 * The background's part for pages no adapter knows: the remembered sites' scripts kept registered
 * while their permission is held (remembered-sites.ts). (The popup's "Use ListenFirst on this page"
 * is a message, routed with the others: start-on-page.ts.) Listeners are added synchronously (an
 * MV3 worker is woken by what it listened to at start).
 */
import { watchSettingsChanges } from '../playbooks/effective-settings';
import { listenUntilAborted } from '../lifetimes/browser-event';
import { watchStored } from '../storage/extension-storage';
import { agentSitesValue, syncRememberedSites } from './remembered-sites';

const logFailure = (error: unknown) => console.warn('ListenFirst: registering remembered sites failed', error);
const sync = () => void syncRememberedSites().catch(logFailure);

/** Until `signal` aborts (the background passes one that lives as long as its worker). */
export function startRememberedSites(signal: AbortSignal): void {
  // The agent's list, or the team's playbook (its `sites`) or a policy's, changed.
  watchStored({ values: [agentSitesValue] }, sync, signal);
  watchSettingsChanges(sync, signal);
  listenUntilAborted(browser.permissions.onAdded, sync, signal);
  listenUntilAborted(browser.permissions.onRemoved, sync, signal);
  sync();
}
