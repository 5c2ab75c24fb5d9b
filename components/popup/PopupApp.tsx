import { useEffect, useState } from 'preact/hooks';
import { resolveAdapter } from '@/lib/adapters';
import { browserPermissions, hostsHeld } from '@/lib/adapters/helpdesk-permission';
import { HELPDESKS, helpdeskLabel } from '@/lib/adapters/registry';
import { helpdeskForOrigin } from '@/lib/playbooks/helpdesk-origins';
import { turnableHelpdeskAt } from '@/lib/toolbar/helpdesk-start';
import { loadPolicy, policyAllowsHelpdesk } from '@/lib/playbooks/policy';
import { helpdeskForCustomOrigin } from '@/lib/playbooks/sidebar-settings';
import type { SidebarStatus } from '@/lib/messaging/tab-messages';
import { sendToTab } from '@/lib/messaging/message-map';
import { isSitePaused, setSitePaused } from '@/lib/settings/ui-prefs';
import { HelpdeskTurnOn } from './HelpdeskTurnOn';
import { PageStart } from './PageStart';
import { RecentDrafts } from './RecentDrafts';

const HELPDESK_LABELS = new Intl.ListFormat('en', { type: 'disjunction' }).format(HELPDESKS.map((row) => row.label));

type TabInfo =
  | { kind: 'loading' }
  | { kind: 'elsewhere'; tabId?: number; url?: string }
  | { kind: 'turned-off'; tabId: number; helpdesk: { label: string; patterns: string[] } }
  /** A helpdesk a policy's `enabledHelpdesks` leaves out: nothing to turn on or pause here. */
  | { kind: 'switched-off'; helpdesk: string }
  | { kind: 'helpdesk'; hostname: string; helpdesk: string; paused: boolean; status: SidebarStatus | null };

/**
 * What the popup offers on a helpdesk page ListenFirst may not run on yet: an optional helpdesk's own
 * site, or a team's own domain configured for a helpdesk (by the agent, the team playbook or a policy)
 * whose permission the agent has not given; or that a policy switched that helpdesk off. Null otherwise.
 */
async function turnOnOffer(url: URL): Promise<{ kind: 'turned-off'; helpdesk: { label: string; patterns: string[] } } | { kind: 'switched-off'; helpdesk: string } | null> {
  const helpdesk = await turnableHelpdeskAt(url, helpdeskForOrigin);
  if (!helpdesk) return null;
  const label = helpdesk.ownDomain ? `${helpdeskLabel(helpdesk.id)} on ${url.host}` : helpdeskLabel(helpdesk.id);
  if (!policyAllowsHelpdesk((await loadPolicy()).policy, helpdesk.id)) return { kind: 'switched-off', helpdesk: label };
  return (await hostsHeld(helpdesk.patterns, browserPermissions())) ? null : { kind: 'turned-off', helpdesk: { label, patterns: helpdesk.patterns } };
}

/** The toolbar popup: on a helpdesk tab, whether ListenFirst is active and a pause switch; elsewhere, how to use it. */
export function PopupApp() {
  const [tab, setTab] = useState<TabInfo>({ kind: 'loading' });
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      // Without the "tabs" permission the URL is visible only on helpdesk tabs (our host permissions).
      const url = active?.url ? new URL(active.url) : null;
      // An optional helpdesk's page the agent has not turned it on for: offer to, in this click's popup.
      const offer = url && (await turnOnOffer(url));
      if (offer?.kind === 'switched-off') return setTab(offer);
      if (active?.id !== undefined && offer) return setTab({ ...offer, tabId: active.id });
      const adapter = url && (await resolveAdapter(url, helpdeskForCustomOrigin));
      // On any other page, the click's activeTab grant shows its URL: "Use ListenFirst on this page" (PageStart).
      if (!active?.id || !url || !adapter) return setTab({ kind: 'elsewhere', tabId: active?.id, url: active?.url });
      const paused = await isSitePaused(url.hostname);
      const status = paused ? null : await sendToTab(active.id, 'sidebar/status').catch(() => null);
      setTab({ kind: 'helpdesk', hostname: url.hostname, helpdesk: adapter.label, paused, status });
    })();
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-sidebar')?.shortcut || null));
  }, []);

  const togglePause = async (paused: boolean) => {
    if (tab.kind !== 'helpdesk') return;
    await setSitePaused(tab.hostname, paused);
    setTab({ ...tab, paused, status: paused ? null : tab.status });
  };

  return (
    <main class="lf-page lf-popup">
      <h1 class="lf-page__title">ListenFirst</h1>
      {tab.kind === 'helpdesk' && (
        <>
          <p data-testid="lf-popup-state">
            {tab.paused ? (
              <>Paused on <strong>{tab.hostname}</strong>.</>
            ) : (
              <>
                Active on <strong>{tab.hostname}</strong> ({tab.helpdesk})
                {tab.status?.ticket ? `: ticket #${tab.status.ticket.id}.` : '. Open a ticket to see the sidebar.'}
              </>
            )}
          </p>
          {tab.status?.layout === 'not-understood' && (
            <p class="lf-warning">ListenFirst can't find the reply box on this page; the checklist and restatement still work.</p>
          )}
          <label class="lf-switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="lf-pause-site"
              checked={tab.paused}
              onChange={(event) => void togglePause(event.currentTarget.checked)}
            />
            Pause ListenFirst on this site
          </label>
        </>
      )}
      {tab.kind === 'elsewhere' && (
        <div data-testid="lf-popup-state">
          <p>Open a ticket in {HELPDESK_LABELS}: the ListenFirst sidebar appears beside it, with a listening checklist and a place to restate the customer's problem.</p>
          <p class="lf-muted">Everything you write stays on this computer.</p>
        </div>
      )}
      {tab.kind === 'elsewhere' && tab.tabId !== undefined && tab.url && <PageStart tabId={tab.tabId} url={tab.url} />}
      {tab.kind === 'turned-off' && <HelpdeskTurnOn tabId={tab.tabId} helpdesk={tab.helpdesk} />}
      {tab.kind === 'switched-off' && (
        <p data-testid="lf-popup-state">Your organisation has switched ListenFirst off for {tab.helpdesk}.</p>
      )}
      <RecentDrafts />
      <p class="lf-muted">
        Show or hide the sidebar: {shortcut ? <kbd>{shortcut}</kbd> : 'no shortcut set'} (change it in your browser's extension shortcuts).
      </p>
      <button type="button" class="lf-link" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}
