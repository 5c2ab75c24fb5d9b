/**
 * Where the manifest's content scripts run: the hosts of the helpdesks whose permission is required
 * (see registry.ts). Optional helpdesks' and teams' own domains get theirs registered at run time.
 */
import { HELPDESKS, hostMatchPatterns } from './registry';

export const HELPDESK_MATCHES = HELPDESKS.filter((row) => row.permission === 'required').flatMap(hostMatchPatterns);
