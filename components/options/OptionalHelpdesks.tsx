import { useEffect, useState } from 'preact/hooks';
import { HELPDESKS, hostMatchPatterns, type HelpdeskDefinition } from '@/lib/adapters/registry';

type Row = Pick<HelpdeskDefinition, 'id' | 'label' | 'hosts' | 'permission'>;

interface PermissionApis {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

interface Props {
  /** The registry's optional helpdesks unless a test hands in its own. */
  helpdesks?: readonly Row[];
  permissions?: PermissionApis;
}

const OPTIONAL: readonly Row[] = (HELPDESKS as readonly Row[]).filter((row) => row.permission === 'optional');

/**
 * Helpdesks whose sites ListenFirst may only run on once the agent allows it. Turning one on is
 * granting its hosts (asked in the click, the only place browsers allow the prompt); the background
 * registers its scripts whenever the permission is held (lib/playbooks/optional-helpdesks.ts).
 */
export function OptionalHelpdesks({ helpdesks = OPTIONAL, permissions = browser.permissions as unknown as PermissionApis }: Props) {
  const [held, setHeld] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState<string | null>(null);

  const reread = () =>
    Promise.all(helpdesks.map(async (row) => [row.id, await permissions.contains({ origins: hostMatchPatterns(row) }).catch(() => false)] as const)).then(
      (entries) => setHeld(Object.fromEntries(entries)),
    );
  useEffect(() => void reread(), [helpdesks]);

  if (helpdesks.length === 0) return null;

  const turnOn = (row: Row) => {
    // No await before this call: the permission prompt needs the click's user gesture.
    void permissions.request({ origins: hostMatchPatterns(row) }).then(async (granted) => {
      setMessage(granted ? `ListenFirst now runs on ${row.label}. Reload its open tabs.` : `${row.label} stays off: ListenFirst needs permission to run on its site.`);
      await reread();
    });
  };
  const turnOff = async (row: Row) => {
    await permissions.remove({ origins: hostMatchPatterns(row) }).catch(() => false);
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
            {held[row.id] ? (
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
