import { useState } from 'preact/hooks';
import { checkHelpdeskOrigin, originMatchPattern } from '@/lib/playbooks/helpdesk-origin';
import { addAgentOrigin, originScriptStatus, removeAgentOrigin, type ConfiguredOrigin, type OriginStatus } from '@/lib/playbooks/helpdesk-origins';
import { HELPDESK_IDS, HELPDESKS, helpdeskLabel, isSelfHosted } from '@/lib/adapters/registry';
import type { PlaybookHelpdesk } from '@/lib/playbooks/playbook-schema';
import { browserOpenTabsApis, startInOpenTabs, turnedOnMessage, type OpenTabsApis } from '@/lib/toolbar/helpdesk-start';
import { HelpdeskSelect } from './HelpdeskSelect';
import { LockedNotice } from './LockedNotice';

interface Props {
  origins: ConfiguredOrigin[];
  status: OriginStatus | null;
  locked: boolean;
  /** Host patterns something else of ours still needs (the subscription), so removing an origin keeps them. */
  patternsInUse: string[];
  /** The background registered or unregistered scripts: read the status again. */
  onStatusChange(): Promise<void>;
  /** Where the sidebar is started in the origin's open tabs once it runs there. */
  openTabs?: OpenTabsApis;
}

const REGISTRATION_WAIT_MS = 10_000;
/** "*.a.com, *.b.com and c.net": the helpdesks' own domains. */
const HOSTED_DOMAINS = new Intl.ListFormat('en', { type: 'conjunction' }).format(HELPDESKS.flatMap((row) => row.hosts));
/** "A and B": helpdesks with no domain of their own, which run only where a team adds them. */
const SELF_HOSTED = new Intl.ListFormat('en', { type: 'conjunction' }).format(HELPDESKS.filter(isSelfHosted).map((row) => row.label));

/** Waits for the background to (un)register an origin's scripts, which it does on the storage or permission change. */
async function waitForOrigin(origin: string, wantActive: boolean): Promise<boolean> {
  const until = Date.now() + REGISTRATION_WAIT_MS;
  for (;;) {
    const status = await originScriptStatus().catch(() => null);
    if (status && status.active.includes(origin) === wantActive) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * Helpdesks on a team's own domain. Permission for the site is asked for in the click (the only
 * place browsers allow the prompt); the background registers the content scripts once it is granted.
 */
export function HelpdeskOrigins({ origins, status, locked, patternsInUse, onStatusChange, openTabs = browserOpenTabsApis() }: Props) {
  const [input, setInput] = useState('');
  const [helpdesk, setHelpdesk] = useState<PlaybookHelpdesk>(HELPDESK_IDS[0]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const grantAndRegister = (origin: string, then: () => Promise<void>) => {
    // No await before this call: the permission prompt needs the click's user gesture.
    void browser.permissions.request({ origins: [originMatchPattern(origin)] }).then(async (granted) => {
      if (!granted) return setMessage({ ok: false, text: `Not added: ListenFirst needs permission to run on ${new URL(origin).host}.` });
      await then();
      const started = await waitForOrigin(origin, true);
      await onStatusChange();
      // Registered: the tabs open on it get the sidebar now, as after the toolbar's turn-on.
      const tabs = started ? await startInOpenTabs([originMatchPattern(origin)], openTabs) : null;
      setMessage(
        tabs
          ? { ok: true, text: turnedOnMessage(origin, tabs) }
          : { ok: false, text: `ListenFirst could not start on ${origin}; try again, or restart the browser.` },
      );
    });
  };

  const add = () => {
    const checked = checkHelpdeskOrigin(input);
    if (!checked.ok) return setMessage({ ok: false, text: `Not added. Helpdesk address: ${checked.error}.` });
    grantAndRegister(checked.origin, async () => {
      await addAgentOrigin({ origin: checked.origin, helpdesk });
      setInput('');
    });
  };

  const remove = async (origin: string) => {
    await removeAgentOrigin(origin);
    await waitForOrigin(origin, false);
    await onStatusChange();
    const pattern = originMatchPattern(origin);
    const stillNeeded = patternsInUse.includes(pattern) || origins.some((o) => o.origin !== origin && originMatchPattern(o.origin) === pattern);
    // Least privilege: give the site's permission back unless something else of ours uses it.
    if (!stillNeeded) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    setMessage({ ok: true, text: `ListenFirst no longer runs on ${origin}.` });
  };

  return (
    <fieldset data-testid="lf-helpdesk-origins">
      <legend>Helpdesks on your own domain</legend>
      <p class="lf-muted">
        ListenFirst runs on {HOSTED_DOMAINS}. If your team's helpdesk is at another address, add it here; your browser asks you to allow ListenFirst on
        that site.
      </p>
      {SELF_HOSTED && (
        <p class="lf-muted" data-testid="lf-self-hosted-helpdesks">
          {SELF_HOSTED} run on your team's own servers: add your helpdesk's address here to use ListenFirst there.
        </p>
      )}
      {origins.length > 0 && (
        <ul class="lf-origin-list">
          {origins.map((entry) => {
            const active = status?.active.includes(entry.origin) ?? false;
            const waitingForPermission = status?.needsPermission.includes(entry.origin) ?? false;
            return (
              <li key={entry.origin} class="lf-origin" data-testid="lf-origin" data-origin={entry.origin}>
                <span class="lf-origin__name">{entry.origin}</span>
                <span class="lf-muted">
                  {helpdeskLabel(entry.helpdesk)}
                  {entry.from === 'policy' ? ' · from your organisation' : entry.from === 'team' ? " · from your team's playbook" : ''}
                </span>
                <span class={active ? 'lf-badge' : 'lf-badge lf-badge--waiting'} data-testid="lf-origin-state">
                  {active ? 'Active' : waitingForPermission ? 'Needs your permission' : 'Starting…'}
                </span>
                {waitingForPermission && (
                  <button type="button" class="lf-button" onClick={() => grantAndRegister(entry.origin, async () => undefined)}>
                    Allow on {new URL(entry.origin).host}
                  </button>
                )}
                {entry.from === 'agent' && !locked && (
                  <button type="button" class="lf-link" aria-label={`Remove ${entry.origin}`} onClick={() => void remove(entry.origin)}>
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {locked ? (
        <LockedNotice origin="policy" locked />
      ) : (
        <div class="lf-origin-form">
          <div>
            <label for="lf-origin-input">Helpdesk address</label>
            <input
              id="lf-origin-input"
              data-testid="lf-origin-input"
              type="url"
              placeholder="https://support.example.com"
              value={input}
              onInput={(event) => setInput(event.currentTarget.value)}
            />
          </div>
          <HelpdeskSelect id="lf-origin-helpdesk" label="Helpdesk" testId="lf-origin-helpdesk" value={helpdesk} onChange={setHelpdesk} />
          <button type="button" class="lf-button" data-testid="lf-origin-add" onClick={add}>
            Add and allow
          </button>
        </div>
      )}
      <p role="status" class={message && !message.ok ? 'lf-problem' : undefined} data-testid="lf-origin-message">
        {message?.text}
      </p>
    </fieldset>
  );
}
