/**
 * Which open tabs are helpdesk tabs: the hosted helpdesks' match patterns, and the custom origins
 * configured (by the agent or a policy) whose host permission is granted. The one place the
 * lifecycle asks, so the helpdesk registry can answer it later.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HELPDESK_MATCHES } from '../adapters/matches';
import { originMatchPattern } from '../playbooks/helpdesk-origin';
import { listHelpdeskOrigins } from '../playbooks/helpdesk-origins';

export async function helpdeskMatchPatterns(): Promise<string[]> {
  const origins = await listHelpdeskOrigins().catch(() => []);
  const patterns = origins.map((entry) => originMatchPattern(entry.origin));
  const granted = await Promise.all(patterns.map((pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)));
  return [...HELPDESK_MATCHES, ...patterns.filter((_, index) => granted[index])];
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
