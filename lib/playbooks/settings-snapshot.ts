/**
 * The settings as the background resolved them (policy > team playbook > agent > defaults), kept
 * in storage.local for content scripts. Validating playbooks and policies takes a schema library;
 * the background and the options page do that once, and the content script on every helpdesk tab
 * reads this already-resolved copy with a few structural checks instead (see sidebar-settings.ts).
 */
import { HINT_CATEGORIES } from '../listening/types';
import { loadSettingsLayers, resolveSettings, SETTINGS_STORAGE_KEYS } from './effective-settings';
import { HELPDESK_ORIGINS_KEY, listHelpdeskOrigins } from './helpdesk-origins';
import type { SettingsSnapshot } from './sidebar-settings';
import { SETTINGS_SNAPSHOT_KEY } from './sidebar-settings';

export async function buildSettingsSnapshot(): Promise<SettingsSnapshot> {
  const [layers, origins] = await Promise.all([loadSettingsLayers(), listHelpdeskOrigins()]);
  const resolved = resolveSettings(layers);
  const playbook = resolved.activePlaybook;
  return {
    format: 1,
    checklists: structuredClone(playbook.checklists),
    disabledCategories: HINT_CATEGORIES.filter((category) => !resolved.hintCategories[category].value),
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

/** Writes the snapshot now, and again whenever a layer changes. Background only. */
export function publishSettingsSnapshot(onError: (error: unknown) => void): void {
  let running: Promise<void> = Promise.resolve();
  const publish = () => {
    running = running.then(async () => {
      const snapshot = await buildSettingsSnapshot();
      const stored = (await browser.storage.local.get(SETTINGS_SNAPSHOT_KEY))[SETTINGS_SNAPSHOT_KEY];
      if (JSON.stringify(stored) !== JSON.stringify(snapshot)) await browser.storage.local.set({ [SETTINGS_SNAPSHOT_KEY]: snapshot });
    }).catch(onError);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    const keys = [...SETTINGS_STORAGE_KEYS, HELPDESK_ORIGINS_KEY];
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((key) => keys.includes(key)))) publish();
  });
  publish();
}
