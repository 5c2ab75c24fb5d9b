/**
 * How the agent likes the sidebar, per helpdesk: collapsed or open, and how wide. Kept in the
 * extension's own storage (never the page's), and applied live in every tab.
 */
import { storedValue } from '../storage/extension-storage';
import type { HelpdeskId } from '../adapters/types';
import type { PageTickets } from '../anysite/page-ticket';

/** Prefs are kept per helpdesk, and once for every page picked on any site ('page'). */
type PrefsScope = HelpdeskId | PageTickets;

export interface SidebarPrefs {
  collapsed: boolean;
  widthPx: number;
}

export const SIDEBAR_MIN_WIDTH_PX = 280;
export const SIDEBAR_MAX_WIDTH_PX = 640;
export const DEFAULT_SIDEBAR_PREFS: SidebarPrefs = { collapsed: false, widthPx: 340 };

export function clampWidth(widthPx: number): number {
  if (!Number.isFinite(widthPx)) return DEFAULT_SIDEBAR_PREFS.widthPx;
  return Math.round(Math.min(SIDEBAR_MAX_WIDTH_PX, Math.max(SIDEBAR_MIN_WIDTH_PX, widthPx)));
}

/** Reads stored prefs defensively: anything malformed falls back to the defaults, field by field. */
export function normalizePrefs(value: unknown): SidebarPrefs {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    collapsed: typeof record.collapsed === 'boolean' ? record.collapsed : DEFAULT_SIDEBAR_PREFS.collapsed,
    widthPx: typeof record.widthPx === 'number' ? clampWidth(record.widthPx) : DEFAULT_SIDEBAR_PREFS.widthPx,
  };
}

const prefsItem = (helpdesk: PrefsScope) => storedValue(`sidebar-prefs:${helpdesk}`, normalizePrefs);

export async function loadSidebarPrefs(helpdesk: PrefsScope): Promise<SidebarPrefs> {
  return prefsItem(helpdesk).get();
}

export async function saveSidebarPrefs(helpdesk: PrefsScope, prefs: SidebarPrefs): Promise<void> {
  await prefsItem(helpdesk).set(normalizePrefs(prefs));
}

export function watchSidebarPrefs(helpdesk: PrefsScope, callback: (prefs: SidebarPrefs) => void, signal: AbortSignal): void {
  prefsItem(helpdesk).watch(callback, signal);
}

/** Sites (hostnames) where the agent paused ListenFirst from the popup. */
const pausedSites = storedValue('paused-sites', (raw) => (Array.isArray(raw) ? raw.filter((s): s is string => typeof s === 'string') : []));

export async function isSitePaused(hostname: string): Promise<boolean> {
  return (await pausedSites.get()).includes(hostname);
}

export async function setSitePaused(hostname: string, paused: boolean): Promise<void> {
  const sites = new Set(await pausedSites.get());
  if (paused) sites.add(hostname);
  else sites.delete(hostname);
  await pausedSites.set([...sites].sort());
}

export function watchSitePaused(hostname: string, callback: (paused: boolean) => void, signal: AbortSignal): void {
  pausedSites.watch((sites) => callback(sites.includes(hostname)), signal);
}
