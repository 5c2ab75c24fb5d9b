import { useEffect, useState } from 'preact/hooks';
import { loadSettingsLayers, resolveSettings, watchSettingsChanges, type ResolvedSettings, type SettingsLayers } from '@/lib/playbooks/effective-settings';
import { HELPDESK_ORIGINS_KEY, listHelpdeskOrigins, originScriptStatus, type ConfiguredOrigin, type OriginStatus } from '@/lib/playbooks/helpdesk-origins';
import { rememberGoodPolicy } from '@/lib/playbooks/policy';
import { loadSubscription, type SubscriptionRecord } from '@/lib/playbooks/subscription';

export interface OptionsState {
  layers: SettingsLayers;
  resolved: ResolvedSettings;
  subscription: SubscriptionRecord | null;
  origins: ConfiguredOrigin[];
  originStatus: OriginStatus | null;
}

async function loadOptionsState(): Promise<OptionsState> {
  // The options page may be the first extension page to meet a new policy: remember it as good.
  await rememberGoodPolicy().catch(() => undefined);
  const [layers, subscription, origins, originStatus] = await Promise.all([
    loadSettingsLayers(),
    loadSubscription(),
    listHelpdeskOrigins(),
    originScriptStatus().catch(() => null),
  ]);
  return { layers, resolved: resolveSettings(layers), subscription, origins, originStatus };
}

/**
 * Everything the options page shows, kept live: a policy, a subscription refresh or another tab
 * changes it here too. `reload` lets a change made here show before the page draws again, so a
 * control never flicks back to its old value.
 */
export function useOptionsState(): { state: OptionsState | null; reload(): Promise<void> } {
  const [state, setState] = useState<OptionsState | null>(null);
  const reloadNow = async () => setState(await loadOptionsState());
  useEffect(() => {
    let current = true;
    const reload = () => void loadOptionsState().then((next) => current && setState(next));
    reload();
    const unwatchSettings = watchSettingsChanges(reload);
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HELPDESK_ORIGINS_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      current = false;
      unwatchSettings();
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, []);
  return { state, reload: reloadNow };
}
