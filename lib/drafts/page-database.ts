/**
 * The extension pages' own connection to the drafts database (popup, options). They are of the
 * extension's origin, like the background, so they open the same database directly: listing,
 * searching and exporting 10,000 drafts need no round trip through the service worker and no copy of
 * every draft in a message. Health and reset still go through the background (background-storage.ts).
 */
import { listRememberedHelpdeskOrigins } from '../playbooks/helpdesk-origins';
import { ListenFirstDatabase } from './db';

let shared: ListenFirstDatabase | undefined;

export function pageDatabase(): ListenFirstDatabase {
  // The configured origins tell old drafts' origins when this page is the one that upgrades the database.
  shared ??= new ListenFirstDatabase(undefined, { configuredOrigins: listRememberedHelpdeskOrigins });
  return shared;
}
