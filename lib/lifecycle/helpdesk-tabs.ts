/**
 * Which open tabs are helpdesk tabs: the registry's helpdesks whose host permission is held (the
 * required ones always are), and the custom origins configured (by the agent or a policy) whose host
 * permission is granted. The one place the lifecycle asks.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HELPDESKS, hostMatchPatterns, type HelpdeskDefinition, type HelpdeskId } from '../adapters/registry';
import { originMatchPattern } from '../playbooks/helpdesk-origin';
import { listHelpdeskOrigins } from '../playbooks/helpdesk-origins';

/** A match pattern the extension runs a helpdesk's scripts on, with that helpdesk. */
export interface HelpdeskPattern {
  pattern: string;
  helpdesk: HelpdeskId;
}

export async function helpdeskMatchPatterns(): Promise<HelpdeskPattern[]> {
  const origins = await listHelpdeskOrigins().catch(() => []);
  const hosts = (rows: readonly HelpdeskDefinition[]) => rows.flatMap((row) => hostMatchPatterns(row).map((pattern) => ({ pattern, helpdesk: row.id as HelpdeskId })));
  const required = hosts(HELPDESKS.filter((row) => row.permission === 'required'));
  const optional = [...hosts(HELPDESKS.filter((row) => row.permission === 'optional')), ...origins.map((entry) => ({ pattern: originMatchPattern(entry.origin), helpdesk: entry.helpdesk }))];
  const granted = await Promise.all(optional.map(({ pattern }) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)));
  return [...required, ...optional.filter((_, index) => granted[index])];
}

export interface HelpdeskTab {
  id: number;
  url: string;
  helpdesk: HelpdeskId;
}

/** Open tabs showing a helpdesk (their URL is readable to us only where we hold the host permission). */
export async function openHelpdeskTabs(): Promise<HelpdeskTab[]> {
  const patterns = (await helpdeskMatchPatterns()).map(({ pattern, helpdesk }) => ({ match: new MatchPattern(pattern), helpdesk }));
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => {
    const found = tab.id !== undefined && tab.url ? patterns.find(({ match }) => match.includes(tab.url!)) : undefined;
    return found ? [{ id: tab.id!, url: tab.url!, helpdesk: found.helpdesk }] : [];
  });
}
