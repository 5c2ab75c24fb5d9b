/**
 * Turning an optional helpdesk (registry rows marked 'optional') on and off from an extension page:
 * the options page's list and the toolbar popup on such a helpdesk's page. Turning one on is granting
 * its hosts; the background registers its scripts whenever the permission is held
 * (lib/playbooks/optional-helpdesks.ts), however it was granted.
 */
import { hostingHelpdesk, hostMatchPatterns, type HelpdeskDefinition, type HelpdeskId } from './registry';

type HelpdeskHosts = Pick<HelpdeskDefinition, 'hosts'>;

/**
 * The optional helpdesk whose own domain this page is on, or null: a required helpdesk is always on,
 * and a self-hosted one (or any helpdesk on a team's own domain) is turned on by its origin, on the
 * options page.
 */
export function optionalHelpdeskAt(url: URL): (HelpdeskDefinition & { id: HelpdeskId }) | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const row = hostingHelpdesk(url.hostname);
  return row?.permission === 'optional' ? (row as HelpdeskDefinition & { id: HelpdeskId }) : null;
}

/** The parts of `browser.permissions` this needs (stand-ins in tests). */
export interface HelpdeskPermissionApis {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export const browserPermissions = (): HelpdeskPermissionApis => browser.permissions as unknown as HelpdeskPermissionApis;

/** Whether the extension holds every one of these host patterns (a helpdesk's hosts, or a team's own domain). */
export function hostsHeld(patterns: string[], permissions: Pick<HelpdeskPermissionApis, 'contains'>): Promise<boolean> {
  return permissions.contains({ origins: patterns }).catch(() => false);
}

/**
 * Asks the browser for these host patterns; true when granted. Call it in the agent's click, with no
 * await before it: the browser shows its prompt only within the click's user gesture.
 */
export function requestHosts(patterns: string[], permissions: Pick<HelpdeskPermissionApis, 'request'>): Promise<boolean> {
  return permissions.request({ origins: patterns }).catch(() => false);
}

/** Whether the helpdesk is on: the extension holds all its hosts. */
export function helpdeskTurnedOn(row: HelpdeskHosts, permissions: Pick<HelpdeskPermissionApis, 'contains'>): Promise<boolean> {
  return hostsHeld(hostMatchPatterns(row), permissions);
}

/** Asks the browser for the helpdesk's hosts, in the agent's click (see requestHosts). */
export function turnOnHelpdesk(row: HelpdeskHosts, permissions: HelpdeskPermissionApis): Promise<boolean> {
  return requestHosts(hostMatchPatterns(row), permissions);
}

/** Gives the helpdesk's hosts back; its scripts go with them. */
export function turnOffHelpdesk(row: HelpdeskHosts, permissions: HelpdeskPermissionApis): Promise<boolean> {
  return permissions.remove({ origins: hostMatchPatterns(row) }).catch(() => false);
}
