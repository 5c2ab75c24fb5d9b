/**
 * The playbook work the background does: refresh a subscribed playbook on a schedule, remember
 * the last good policy, and keep the content scripts of custom helpdesk origins and of optional
 * helpdesks registered while their permission is held. Listeners
 * are added synchronously (an MV3 service worker is woken by the events it listened to at start).
 */
import { listenUntilAborted } from '../lifetimes/browser-event';
import { watchStored } from '../storage/extension-storage';
import { agentOriginsValue, syncOriginContentScripts } from './helpdesk-origins';
import { syncOptionalHelpdeskScripts } from './optional-helpdesks';
import { rememberGoodPolicy } from './policy';
import { loadSubscription, refreshSubscription, SUBSCRIPTION_ALARM, SUBSCRIPTION_REFRESH_MINUTES, subscriptionValue } from './subscription';
import { teamPlaybookValue } from './team-playbook-store';

async function scheduleSubscriptionRefresh(): Promise<void> {
  const subscribed = (await loadSubscription()) !== null;
  const alarm = await browser.alarms.get(SUBSCRIPTION_ALARM);
  if (subscribed && !alarm) await browser.alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: SUBSCRIPTION_REFRESH_MINUTES });
  if (!subscribed && alarm) await browser.alarms.clear(SUBSCRIPTION_ALARM);
}

function logFailure(what: string) {
  return (error: unknown) => console.warn(`ListenFirst: ${what} failed`, error);
}

/** Both kinds of run-time scripts: teams' own domains, and optional helpdesks whose permission is held. */
function syncRegisteredScripts(): void {
  void syncOriginContentScripts().catch(logFailure('registering helpdesk origins'));
  void syncOptionalHelpdeskScripts().catch(logFailure('registering optional helpdesks'));
}

/** Until `signal` aborts (the background passes one that lives as long as its worker). */
export function startPlaybookTasks(signal: AbortSignal): void {
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void refreshSubscription().catch(logFailure('refreshing the subscribed playbook'));
  };
  listenUntilAborted(browser.alarms.onAlarm, onAlarm, signal);

  watchStored(
    { values: [subscriptionValue, teamPlaybookValue, agentOriginsValue], managed: true },
    (change) => {
      if (change.managed) {
        // Policy changes apply live; they touch the policy's last good copy and scripts, never drafts.
        void rememberGoodPolicy().catch(logFailure('reading the policy'));
        syncRegisteredScripts();
        return;
      }
      if (change.has(subscriptionValue)) void scheduleSubscriptionRefresh().catch(logFailure('scheduling the playbook refresh'));
      // The agent's origins, or the team's playbook (its `helpdeskOrigins`), imported or subscribed, changed.
      void syncOriginContentScripts().catch(logFailure('registering helpdesk origins'));
    },
    signal,
  );

  // A permission granted or taken back (the options page, the toolbar button, or the browser's site settings).
  listenUntilAborted(browser.permissions.onAdded, syncRegisteredScripts, signal);
  listenUntilAborted(browser.permissions.onRemoved, syncRegisteredScripts, signal);

  // At startup too: a permission the browser granted at install (by policy) fired no event we heard.
  void rememberGoodPolicy()
    .catch(logFailure('reading the policy'))
    .then(syncRegisteredScripts);
  void scheduleSubscriptionRefresh().catch(logFailure('scheduling the playbook refresh'));
}
