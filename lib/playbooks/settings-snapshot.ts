/**
 * The settings as the background resolved them (policy > team playbook > agent > defaults), kept
 * in storage.local for content scripts. Validating playbooks and policies takes a schema library;
 * the background and the options page do that once, and the content script on every helpdesk tab
 * reads this already-resolved copy with a few structural checks instead (see sidebar-settings.ts).
 */
import { HINT_CATEGORIES, OFF_BY_DEFAULT } from '../listening/types';
import { loadSettingsLayers, resolveSettings, watchSettingsChanges } from './effective-settings';
import { agentOriginsValue, listHelpdeskOrigins } from './helpdesk-origins';
import { settingsSnapshotValue, type SettingsSnapshot } from './sidebar-settings';
import { watchStored } from '../storage/extension-storage';

export async function buildSettingsSnapshot(): Promise<SettingsSnapshot> {
  const [layers, origins] = await Promise.all([loadSettingsLayers(), listHelpdeskOrigins()]);
  const resolved = resolveSettings(layers);
  const playbook = resolved.activePlaybook;
  return {
    format: 1,
    checklists: structuredClone(playbook.checklists),
    disabledCategories: HINT_CATEGORIES.filter((category) => !resolved.hintCategories[category].value),
    enabledCategories: OFF_BY_DEFAULT.filter((category) => resolved.absenceReadings[category]?.value === true),
    termPairs: (playbook.vocabulary?.termPairs ?? []).map((pair) => ({ ...pair })),
    jargon: [...(playbook.vocabulary?.jargon ?? [])],
    restatementPrefix: resolved.restatementPrefix.value,
    retentionDays: resolved.retentionDays.value,
    locked: resolved.locked,
    ...(layers.policy.enabledHelpdesks ? { enabledHelpdesks: [...layers.policy.enabledHelpdesks] } : {}),
    playbook: { name: playbook.name, source: resolved.source.kind },
    helpdeskOrigins: origins.map(({ origin, helpdesk }) => ({ origin, helpdesk })),
  };
}

/** Writes the snapshot now, and again whenever a layer changes, until `signal` aborts. Background only. */
export function publishSettingsSnapshot(onError: (error: unknown) => void, signal: AbortSignal): void {
  let running: Promise<void> = Promise.resolve();
  const publish = () => {
    running = running.then(async () => {
      const snapshot = await buildSettingsSnapshot();
      const stored = await settingsSnapshotValue.get();
      if (JSON.stringify(stored) !== JSON.stringify(snapshot)) await settingsSnapshotValue.set(snapshot);
    }).catch(onError);
  };
  watchSettingsChanges(publish, signal);
  watchStored({ values: [agentOriginsValue] }, publish, signal);
  publish();
}
