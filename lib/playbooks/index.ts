/**
 * What the sidebar and the background need from team playbooks. Light enough for the content
 * script: valibot and storage reads, no network, no Dexie.
 */
import { loadSettingsLayers, resolveSettings } from './effective-settings';

export { watchSettingsChanges } from './effective-settings';

export { AUTO_CHECKS, CHECKLIST_STAGES, DEFAULT_CHECKLIST, STAGE_LABELS } from './checklist';
export type { AutoCheck, ChecklistItem, ChecklistStage } from './checklist';
export { helpdeskForOrigin, listRememberedHelpdeskOrigins } from './helpdesk-origins';
export type { PlaybookHelpdesk } from './playbook-schema';

/** How long drafts are kept, in days, as policy, team playbook and the agent's choice decide (for the drafts' purge). */
export async function loadRetentionDays(): Promise<number> {
  return resolveSettings(await loadSettingsLayers()).retentionDays.value;
}
