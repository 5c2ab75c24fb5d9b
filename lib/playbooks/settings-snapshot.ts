/**
 * The settings as the background resolved them (policy > team playbook > agent > defaults), kept
 * in storage.local for content scripts. Validating playbooks and policies takes a schema library;
 * the background and the options page do that once, and the content script on every helpdesk tab
 * reads this already-resolved copy with a few structural checks instead (see sidebar-settings.ts).
 */
import { HINT_CATEGORIES, OFF_BY_DEFAULT } from '../listening/types';
import { loadSettingsLayers, resolveSettings, watchSettingsChanges } from './effective-settings';
import { agentOriginsValue, listHelpdeskOrigins, listRememberedHelpdeskOrigins } from './helpdesk-origins';
import { loadRememberedPolicy } from './policy';
import { settingsSnapshotValue, type SettingsSnapshot } from './sidebar-settings';
import { watchStored } from '../storage/extension-storage';

/** The snapshot with the policy from managed storage, or with `remembered` the policy as last read (storage.local only). */
export async function buildSettingsSnapshot(remembered = false): Promise<SettingsSnapshot> {
  const [layers, origins] = await Promise.all(
    remembered ? [loadSettingsLayers(loadRememberedPolicy), listRememberedHelpdeskOrigins()] : [loadSettingsLayers(), listHelpdeskOrigins()],
  );
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

/**
 * Writes the snapshot now, and again whenever a layer changes, until `signal` aborts. Background only.
 * Each time twice: at once with the policy as last read (storage.local only), then with managed
 * storage read, which Chromium can take seconds to answer at browser start, and in a headless
 * browser sometimes never (seen in the e2e browser: no snapshot, so neither the agent's choices nor
 * a team playbook reached the sidebar). The second reader waits on its own chain, so a read that
 * never ends holds up nothing the first one publishes.
 *
 * The writes themselves take turns, in the order their snapshots were built, and the snapshot from
 * the policy as last read is dropped once managed storage has given one for the same change or a
 * later one: however late a write lands, it never puts back an older policy over a newer one.
 */
export function publishSettingsSnapshot(onError: (error: unknown) => void, signal: AbortSignal): void {
  let remembered: Promise<void> = Promise.resolve();
  let managed: Promise<void> = Promise.resolve();
  let writes: Promise<void> = Promise.resolve();
  let changes = 0;
  let managedWrittenFor = 0;
  const write = (snapshot: SettingsSnapshot, change: number, fromManaged: boolean): Promise<void> => {
    const written = writes.then(async () => {
      if (!fromManaged && change <= managedWrittenFor) return;
      const stored = await settingsSnapshotValue.get();
      if (JSON.stringify(stored) !== JSON.stringify(snapshot)) await settingsSnapshotValue.set(snapshot);
      if (fromManaged) managedWrittenFor = change;
    });
    writes = written.catch(() => undefined);
    return written;
  };
  const publish = () => {
    const change = ++changes;
    remembered = remembered.then(async () => write(await buildSettingsSnapshot(true), change, false)).catch(onError);
    managed = managed.then(async () => write(await buildSettingsSnapshot(), change, true)).catch(onError);
  };
  watchSettingsChanges(publish, signal);
  watchStored({ values: [agentOriginsValue] }, publish, signal);
  publish();
}
