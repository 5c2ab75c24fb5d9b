/**
 * The background's part for pages no adapter knows: the remembered sites' scripts kept registered
 * while their permission is held (remembered-sites.ts). (The popup's "Use ListenFirst on this page"
 * is a message, routed with the others: start-on-page.ts.) Listeners are added synchronously (an
 * MV3 worker is woken by what it listened to at start).
 */
import { SETTINGS_STORAGE_KEYS } from '../playbooks/effective-settings';
import { REMEMBERED_SITES_KEY, syncRememberedSites } from './remembered-sites';

const logFailure = (error: unknown) => console.warn('ListenFirst: registering remembered sites failed', error);
const sync = () => void syncRememberedSites().catch(logFailure);

export function startRememberedSites(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    // The agent's list, or the team's playbook (its `sites`) or a policy's, changed.
    if (area === 'managed' || (area === 'local' && [REMEMBERED_SITES_KEY, ...SETTINGS_STORAGE_KEYS].some((key) => key in changes))) sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
