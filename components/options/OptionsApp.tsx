import { useState } from 'preact/hooks';
import { HELPDESK_IDS } from '@/lib/adapters/registry';
import type { HintCategory } from '@/lib/listening/types';
import { policyAllowsHelpdesk } from '@/lib/playbooks/policy';
import { acceptTeamRetentionDays, saveAgentRetentionDays } from '@/lib/playbooks/retention-setting';
import { originMatchPattern } from '@/lib/playbooks/helpdesk-origin';
import { checkSubscriptionUrl } from '@/lib/playbooks/subscription';
import { loadListeningPrefs, saveListeningPrefs, withAbsenceReading, withCategory } from '@/lib/settings/listening-prefs';
import { DraftDataControls } from './DraftDataControls';
import { HelpdeskOrigins } from './HelpdeskOrigins';
import { OptionalHelpdesks } from './OptionalHelpdesks';
import { HintCategorySettings } from './HintCategorySettings';
import { ImportExport } from './ImportExport';
import { LockedNotice } from './LockedNotice';
import { describePlaybookSource } from './playbook-source-text';
import { PlaybookEditor } from './PlaybookEditor';
import { PolicyNotice } from './PolicyNotice';
import { RememberedSites } from './RememberedSites';
import { RestatementPrefixSetting } from './RestatementPrefixSetting';
import { RetentionSetting } from './RetentionSetting';
import { SubscriptionSettings } from './SubscriptionSettings';
import { useOptionsState } from './use-options-state';

/** The settings page: the team playbook (import, export, subscription, editor), the agent's own choices and drafts, helpdesk origins. Live. */
export function OptionsApp() {
  const { state, reload } = useOptionsState();
  const [savedAt, setSavedAt] = useState<number | null>(null);
  if (!state) return <main class="lf-page">Loading…</main>;
  const { layers, resolved, subscription, origins, originStatus } = state;
  const policyManaged = Object.keys(layers.policy).length > 0;

  // The agent's own choices are saved as they are; what applies is resolved again from storage.
  const saved = (write: Promise<void>) => void write.then(reload).then(() => setSavedAt(Date.now()));
  const toggleCategory = async (category: HintCategory, on: boolean) => {
    await saveListeningPrefs(withCategory(await loadListeningPrefs(), category, on));
  };
  const toggleAbsence = async (category: HintCategory, on: boolean) => {
    await saveListeningPrefs(withAbsenceReading(await loadListeningPrefs(), category, on));
  };
  const setPrefix = async (restatementPrefix: string) => saveListeningPrefs({ ...(await loadListeningPrefs()), restatementPrefix });

  const readOnlyReason = resolved.locked.playbook
    ? 'Your organisation sets the playbook; it can be previewed and exported here, not changed.'
    : subscription
      ? 'This playbook comes from your subscription and updates from there. Unsubscribe to edit your own.'
      : null;
  const subscriptionPattern = subscription ? checkSubscriptionUrl(subscription.url) : null;

  return (
    <main class="lf-page lf-options">
      <h1 class="lf-page__title">ListenFirst settings</h1>
      <PolicyNotice managed={policyManaged} problems={layers.policyProblems} />

      <section class="lf-options__section" aria-labelledby="lf-playbook-title" data-testid="lf-playbook-section">
        <h2 id="lf-playbook-title">Team playbook</h2>
        <p>
          <strong data-testid="lf-playbook-current">{resolved.activePlaybook.name}</strong>
          <span class="lf-muted" data-testid="lf-playbook-source">
            {' '}
            · {describePlaybookSource(resolved.source)}
          </span>
        </p>
        <LockedNotice origin="policy" locked={resolved.locked.playbook ?? false} />
        <ImportExport
          playbook={resolved.activePlaybook}
          importBlockedBy={resolved.locked.playbook ? 'Your organisation sets the playbook.' : subscription ? 'Unsubscribe before importing a file.' : null}
          hasLocalPlaybook={layers.team !== null && layers.team.source.kind !== 'subscription'}
        />
        <SubscriptionSettings subscription={subscription} locked={resolved.locked.playbook ?? false} />
        <PlaybookEditor playbook={resolved.activePlaybook} readOnlyReason={readOnlyReason} />
      </section>

      <section class="lf-options__section" aria-labelledby="lf-prefs-title">
        <h2 id="lf-prefs-title">Your preferences</h2>
        <HintCategorySettings
          hintCategories={resolved.hintCategories}
          absenceReadings={resolved.absenceReadings}
          onToggle={(category, on) => saved(toggleCategory(category, on))}
          onToggleAbsence={(category, on) => saved(toggleAbsence(category, on))}
        />
        <RestatementPrefixSetting setting={resolved.restatementPrefix} onChange={(prefix) => saved(setPrefix(prefix))} />
        <RetentionSetting
          setting={resolved.retentionDays}
          onChange={(days) => saved(saveAgentRetentionDays(days))}
          pendingTeamDays={resolved.pendingTeamRetentionDays}
          onConfirmTeamDays={(days) => saved(acceptTeamRetentionDays(days))}
        />
        <p class="lf-muted" role="status" data-testid="lf-prefs-status">
          {savedAt !== null && `Saved at ${new Date(savedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`}
        </p>
        <DraftDataControls />
      </section>

      <section class="lf-options__section" aria-labelledby="lf-origins-title">
        <h2 id="lf-origins-title">Helpdesks</h2>
        <OptionalHelpdesks switchedOff={new Set(HELPDESK_IDS.filter((id) => !policyAllowsHelpdesk(layers.policy, id)))} />
        <HelpdeskOrigins
          origins={origins}
          status={originStatus}
          locked={resolved.locked.helpdeskOrigins ?? false}
          patternsInUse={subscriptionPattern?.ok ? [subscriptionPattern.originPattern] : []}
          onStatusChange={reload}
        />
        {/* Sites no adapter knows, remembered from the toolbar or listed by the team (lib/anysite). */}
        <RememberedSites
          patternsInUse={[...origins.map((entry) => originMatchPattern(entry.origin)), ...(subscriptionPattern?.ok ? [subscriptionPattern.originPattern] : [])]}
        />
      </section>

      <p class="lf-muted">
        Everything ListenFirst keeps stays in this browser, on this computer. Playbooks are data: no code is ever downloaded.{' '}
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener" data-testid="lf-privacy-link">
          Privacy policy
        </a>
      </p>
    </main>
  );
}
