/**
 * Which open tabs run a sidebar of ours on their own: the registry's helpdesks whose host permission
 * is held (the required ones always are), the custom origins configured (by the agent or a policy)
 * whose host permission is granted, and the remembered sites no adapter knows whose permission is
 * held (their page sidebar is registered too). The one place the lifecycle asks.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HELPDESKS, hostMatchPatterns, type HelpdeskDefinition, type HelpdeskId } from '../adapters/registry';
import { rememberedSitesWithPermission } from '../anysite/remembered-sites';
import { PAGE_TICKETS } from '../anysite/page-ticket';
import { originMatchPattern } from '../playbooks/helpdesk-origin';
import { listHelpdeskOrigins } from '../playbooks/helpdesk-origins';

/** What runs the sidebar in a tab: a helpdesk's adapter, or the page sidebar of a remembered site (PAGE_TICKETS). */
export type SidebarKind = HelpdeskId | typeof PAGE_TICKETS;

/** A match pattern the extension runs a sidebar on, with what runs it there. */
export interface HelpdeskPattern {
  pattern: string;
  helpdesk: SidebarKind;
}

export async function helpdeskMatchPatterns(): Promise<HelpdeskPattern[]> {
  const origins = await listHelpdeskOrigins().catch(() => []);
  const hosts = (rows: readonly HelpdeskDefinition[]) => rows.flatMap((row) => hostMatchPatterns(row).map((pattern) => ({ pattern, helpdesk: row.id as HelpdeskId })));
  const required = hosts(HELPDESKS.filter((row) => row.permission === 'required'));
  const optional = [...hosts(HELPDESKS.filter((row) => row.permission === 'optional')), ...origins.map((entry) => ({ pattern: originMatchPattern(entry.origin), helpdesk: entry.helpdesk }))];
  const granted = await Promise.all(optional.map(({ pattern }) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)));
  const sites = (await rememberedSitesWithPermission().catch(() => []))
    .filter((site) => site.granted)
    .map((site): HelpdeskPattern => ({ pattern: originMatchPattern(site.origin), helpdesk: PAGE_TICKETS }));
  // A helpdesk's own pattern comes first: an origin both configured and remembered runs the helpdesk's sidebar.
  return [...required, ...optional.filter((_, index) => granted[index]), ...sites];
}

export interface HelpdeskTab {
  id: number;
  url: string;
  helpdesk: SidebarKind;
}

/** Open tabs showing a helpdesk or a remembered site (their URL is readable to us only where we hold the host permission). */
export async function openHelpdeskTabs(): Promise<HelpdeskTab[]> {
  const patterns = (await helpdeskMatchPatterns()).map(({ pattern, helpdesk }) => ({ match: new MatchPattern(pattern), helpdesk }));
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => {
    const found = tab.id !== undefined && tab.url ? patterns.find(({ match }) => match.includes(tab.url!)) : undefined;
    return found ? [{ id: tab.id!, url: tab.url!, helpdesk: found.helpdesk }] : [];
  });
}
