/**
 * Sites no adapter knows where the sidebar opens on its own: those the agent remembered ("Remember
 * this site" in the toolbar popup) and those the team's playbook lists (`sites`). Each needs its
 * host permission, asked of the agent at the moment they remember it (or, for the team's, on the
 * options page): while it is held, the sidebar's scripts are registered for that origin, at
 * document_start like any helpdesk's; when the site is removed, its permission is given back and
 * its picks forgotten. Only the background registers (see registered-scripts.ts).
 */
import { storedValue } from '../storage/extension-storage';
import { checkHelpdeskOrigin, originMatchPattern } from '../playbooks/helpdesk-origin';
import { answered, helpdeskContentScripts, registerExactly, serialised, type ScriptingApis } from '../playbooks/registered-scripts';
import { loadSettingsLayers, resolveSettings } from '../playbooks/effective-settings';
import { pageSiteOrigins, pageSiteParameters } from './page-mode';
import { forgetSitePicks } from './site-picks';

export const REMEMBERED_SITES_KEY = 'remembered-sites';
export const MAX_REMEMBERED_SITES = 50;
/** Ids of the scripts this module registers start with this, then the origin's match pattern. */
export const SITE_SCRIPT_PREFIX = 'lf-site:';

export interface RememberedSite {
  origin: string;
  from: 'agent' | 'team';
  /** The team's playbook names the ticket's query parameter here; null otherwise. */
  ticketParameter: string | null;
  /** Whether the host permission is held (the sidebar opens on its own only then). */
  granted?: boolean;
}

function readSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const origins: string[] = [];
  for (const entry of raw.slice(0, MAX_REMEMBERED_SITES)) {
    const checked = typeof entry === 'string' ? checkHelpdeskOrigin(entry) : null;
    if (checked?.ok && !origins.includes(checked.origin)) origins.push(checked.origin);
  }
  return origins;
}

/** The agent's own list, each entry checked again (storage outlives versions). */
export const agentSitesValue = storedValue(REMEMBERED_SITES_KEY, readSites);

export async function loadAgentSites(): Promise<string[]> {
  return agentSitesValue.get();
}

/** The team's sites first (the active playbook: a policy's, else the team's), then the agent's. */
export async function listRememberedSites(): Promise<RememberedSite[]> {
  const [layers, agent] = await Promise.all([loadSettingsLayers(), loadAgentSites()]);
  const sites: RememberedSite[] = [];
  for (const site of resolveSettings(layers).activePlaybook.sites ?? []) {
    const checked = checkHelpdeskOrigin(site.origin);
    if (checked.ok && !sites.some((s) => s.origin === checked.origin)) sites.push({ origin: checked.origin, from: 'team', ticketParameter: site.ticketParameter ?? null });
  }
  for (const origin of agent) if (!sites.some((s) => s.origin === origin)) sites.push({ origin, from: 'agent', ticketParameter: null });
  return sites;
}

/** The same list, each with whether its permission is held: for the options page and the popup. */
export async function rememberedSitesWithPermission(apis: Pick<ScriptingApis, 'permissions'> = browser as unknown as ScriptingApis): Promise<RememberedSite[]> {
  const sites = await listRememberedSites();
  const granted = await Promise.all(sites.map((site) => apis.permissions.contains({ origins: [originMatchPattern(site.origin)] }).catch(() => false)));
  return sites.map((site, index) => ({ ...site, granted: granted[index] }));
}

export async function rememberSite(origin: string): Promise<void> {
  const current = await loadAgentSites();
  await agentSitesValue.set([...current.filter((o) => o !== origin), origin].slice(-MAX_REMEMBERED_SITES));
}

/** Takes the site off the agent's list only (the browser refused its permission): its picks stay. */
export async function unrememberSite(origin: string): Promise<void> {
  await agentSitesValue.set((await loadAgentSites()).filter((o) => o !== origin));
}

/** Forgets the agent's site and its picks, and gives its host permission back (a team's site keeps its entry, not the permission). */
export async function forgetSite(origin: string, apis: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } = browser): Promise<void> {
  await unrememberSite(origin);
  await forgetSitePicks(origin);
  await apis.permissions.remove({ origins: [originMatchPattern(origin)] }).catch(() => false);
}

export function siteContentScripts(origin: string) {
  const pattern = originMatchPattern(origin);
  return helpdeskContentScripts(`${SITE_SCRIPT_PREFIX}${pattern}`, [pattern], null);
}

/**
 * Registers the sidebar's scripts on every listed site whose permission is held, unregisters the
 * rest, and writes the list the sidebar script reads (page-mode.ts). Idempotent and serialised; the
 * background calls it. Returns the origins now registered.
 */
export function syncRememberedSites(apis: ScriptingApis = browser as unknown as ScriptingApis): Promise<string[]> {
  return serialised(async () => {
    const sites = await listRememberedSites();
    const granted = await Promise.all(
      sites.map((site) => answered(apis.permissions.contains({ origins: [originMatchPattern(site.origin)] }), 'permissions.contains').catch(() => false)),
    );
    const held = sites.filter((_, index) => granted[index]);
    await pageSiteOrigins.set(sites.map((site) => site.origin));
    await pageSiteParameters.set(Object.fromEntries(sites.flatMap((site) => (site.ticketParameter ? [[site.origin, site.ticketParameter]] : []))));
    await registerExactly(apis, SITE_SCRIPT_PREFIX, held.flatMap((site) => siteContentScripts(site.origin)));
    return held.map((site) => site.origin);
  });
}
