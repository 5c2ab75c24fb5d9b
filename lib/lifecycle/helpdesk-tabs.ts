/**
 * Which open tabs are helpdesk tabs: the registry's helpdesks whose host permission is held (the
 * required ones always are), and the custom origins configured (by the agent or a policy) whose host
 * permission is granted. The one place the lifecycle asks.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HELPDESKS, hostMatchPatterns } from '../adapters/registry';
import { originMatchPattern } from '../playbooks/helpdesk-origin';
import { listHelpdeskOrigins } from '../playbooks/helpdesk-origins';

export async function helpdeskMatchPatterns(): Promise<string[]> {
  const origins = await listHelpdeskOrigins().catch(() => []);
  const required = HELPDESKS.filter((row) => row.permission === 'required').flatMap(hostMatchPatterns);
  const optional = [...HELPDESKS.filter((row) => row.permission === 'optional').flatMap(hostMatchPatterns), ...origins.map((entry) => originMatchPattern(entry.origin))];
  const granted = await Promise.all(optional.map((pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)));
  return [...required, ...optional.filter((_, index) => granted[index])];
}

export interface HelpdeskTab {
  id: number;
  url: string;
}

/** Open tabs showing a helpdesk (their URL is readable to us only where we hold the host permission). */
export async function openHelpdeskTabs(): Promise<HelpdeskTab[]> {
  const patterns = (await helpdeskMatchPatterns()).map((pattern) => new MatchPattern(pattern));
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => (tab.id !== undefined && tab.url && patterns.some((pattern) => pattern.includes(tab.url!)) ? [{ id: tab.id, url: tab.url }] : []));
}
