import { useEffect, useState } from 'preact/hooks';
import { listenUntilAborted } from '@/lib/lifetimes/browser-event';
import { loadSettingsLayers, resolveSettings, watchSettingsChanges, type ResolvedSettings, type SettingsLayers } from '@/lib/playbooks/effective-settings';
import { agentOriginsValue, listHelpdeskOrigins, originScriptStatus, type ConfiguredOrigin, type OriginStatus } from '@/lib/playbooks/helpdesk-origins';
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
    const effect = new AbortController();
    const reload = () => void loadOptionsState().then((next) => !effect.signal.aborted && setState(next));
    reload();
    watchSettingsChanges(reload, effect.signal);
    agentOriginsValue.watch(reload, effect.signal);
    listenUntilAborted(browser.permissions.onAdded, reload, effect.signal);
    listenUntilAborted(browser.permissions.onRemoved, reload, effect.signal);
    return () => effect.abort();
  }, []);
  return { state, reload: reloadNow };
}
