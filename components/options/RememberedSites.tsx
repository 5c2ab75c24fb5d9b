import { useEffect, useState } from 'preact/hooks';
import { forgetSite, rememberedSitesWithPermission, type RememberedSite } from '@/lib/anysite/remembered-sites';
import { originMatchPattern } from '@/lib/playbooks/helpdesk-origin';

/** The permission calls this needs (stand-ins in tests). */
export interface SitePermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

interface Props {
  permissions?: SitePermissions;
  /** Host patterns something else of ours still needs (a helpdesk origin, the subscription): removing a site keeps them. */
  patternsInUse: string[];
}

/**
 * Sites no built-in helpdesk covers where the sidebar opens on its own: the ones the agent
 * remembered from the toolbar, and the team playbook's. Removing one gives its permission back;
 * a team's site waiting for this browser's permission can be allowed here, in the click.
 */
export function RememberedSites({ patternsInUse, permissions = browser.permissions }: Props) {
  const [sites, setSites] = useState<RememberedSite[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reload = () => rememberedSitesWithPermission({ permissions }).then(setSites, () => setSites([]));
  useEffect(() => void reload(), []);

  const remove = async (site: RememberedSite) => {
    const pattern = originMatchPattern(site.origin);
    const keepPermission = patternsInUse.includes(pattern);
    await forgetSite(site.origin, keepPermission ? { permissions: { remove: async () => false } } : { permissions });
    setMessage(`${new URL(site.origin).host} removed${keepPermission ? '' : '; ListenFirst no longer has access to it'}.`);
    await reload();
  };
  const allow = (site: RememberedSite) => {
    // No await before this call: the permission prompt needs the click's user gesture.
    void permissions.request({ origins: [originMatchPattern(site.origin)] }).then(async (granted) => {
      setMessage(granted ? `The sidebar now opens on its own on ${new URL(site.origin).host}.` : 'Not allowed: the browser did not give ListenFirst that site.');
      await reload();
    });
  };

  return (
    <div data-testid="lf-remembered-sites">
      <h3>Other sites</h3>
      <p class="lf-muted">
        On any other site, choose Use ListenFirst on this page in the toolbar button; Remember this site there makes the sidebar
        open on its own. ListenFirst has access only to the sites listed here.
      </p>
      {sites?.length === 0 && <p class="lf-muted">No site remembered.</p>}
      {sites && sites.length > 0 && (
        <ul class="lf-origins">
          {sites.map((site) => (
            <li key={site.origin} data-testid="lf-remembered-site" data-origin={site.origin}>
              <strong>{new URL(site.origin).host}</strong> {site.from === 'team' ? '(your team playbook)' : ''}{' '}
              {site.granted ? '· opens on its own' : '· waiting for your permission'}{' '}
              {site.from === 'team' && !site.granted ? (
                <button type="button" class="lf-link" onClick={() => allow(site)}>
                  Allow
                </button>
              ) : (
                <button type="button" class="lf-link" data-testid="lf-remove-site" onClick={() => void remove(site)}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
