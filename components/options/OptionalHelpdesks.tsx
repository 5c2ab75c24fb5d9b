import { useEffect, useState } from 'preact/hooks';
import { browserPermissions, helpdeskTurnedOn, turnOffHelpdesk, turnOnHelpdesk, type HelpdeskPermissionApis } from '@/lib/adapters/helpdesk-permission';
import { HELPDESKS, hostMatchPatterns, type HelpdeskDefinition } from '@/lib/adapters/registry';
import { browserOpenTabsApis, startInOpenTabs, turnedOnMessage, type OpenTabsApis } from '@/lib/toolbar/helpdesk-start';

type Row = Pick<HelpdeskDefinition, 'id' | 'label' | 'hosts' | 'permission'>;

interface Props {
  /** The registry's optional helpdesks unless a test hands in its own. */
  helpdesks?: readonly Row[];
  permissions?: HelpdeskPermissionApis;
  /** Helpdesks a policy's `enabledHelpdesks` leaves out: shown as such, with nothing to turn on. */
  switchedOff?: ReadonlySet<string>;
  /** Where the sidebar is started in the helpdesk's open tabs once it is turned on. */
  openTabs?: OpenTabsApis;
}

const NONE: ReadonlySet<string> = new Set();
const OPTIONAL: readonly Row[] = (HELPDESKS as readonly Row[]).filter((row) => row.permission === 'optional');

/**
 * Helpdesks whose sites ListenFirst may only run on once the agent allows it. Turning one on is
 * granting its hosts (lib/adapters/helpdesk-permission.ts, as the toolbar popup does on such a page).
 */
export function OptionalHelpdesks({ helpdesks = OPTIONAL, permissions = browserPermissions(), switchedOff = NONE, openTabs = browserOpenTabsApis() }: Props) {
  const [held, setHeld] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState<string | null>(null);

  const reread = () =>
    Promise.all(helpdesks.map(async (row) => [row.id, await helpdeskTurnedOn(row, permissions)] as const)).then(
      (entries) => setHeld(Object.fromEntries(entries)),
    );
  useEffect(() => void reread(), [helpdesks]);

  if (helpdesks.length === 0) return null;

  const turnOn = (row: Row) => {
    // No await before this call: the permission prompt needs the click's user gesture.
    void turnOnHelpdesk(row, permissions).then(async (granted) => {
      if (!granted) setMessage(`${row.label} stays off: ListenFirst needs permission to run on its site.`);
      else {
        setMessage(`ListenFirst now runs on ${row.label}.`);
        setMessage(turnedOnMessage(row.label, await startInOpenTabs(hostMatchPatterns(row), openTabs)));
      }
      await reread();
    });
  };
  const turnOff = async (row: Row) => {
    await turnOffHelpdesk(row, permissions);
    setMessage(`ListenFirst no longer runs on ${row.label}.`);
    await reread();
  };

  return (
    <fieldset data-testid="lf-optional-helpdesks">
      <legend>More helpdesks</legend>
      <p class="lf-muted">Turn on the helpdesks your team uses; your browser asks you to allow ListenFirst on their sites.</p>
      <ul class="lf-origin-list">
        {helpdesks.map((row) => (
          <li key={row.id} class="lf-origin" data-testid="lf-optional-helpdesk" data-helpdesk={row.id}>
            <span class="lf-origin__name">{row.label}</span>
            <span class="lf-muted">{row.hosts.join(', ')}</span>
            {switchedOff.has(row.id) ? (
              <span class="lf-locked" data-testid="lf-locked">
                Switched off by your organisation
              </span>
            ) : held[row.id] ? (
              <button type="button" class="lf-link" onClick={() => void turnOff(row)}>
                Turn off
              </button>
            ) : (
              <button type="button" class="lf-button" onClick={() => turnOn(row)}>
                Turn on
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p class="lf-muted" role="status">
          {message}
        </p>
      )}
    </fieldset>
  );
}
