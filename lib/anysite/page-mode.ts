/**
 * Whether the sidebar script runs on a page no adapter knows because it was asked to: the
 * background marks the content scripts' world just before it injects the script on the agent's
 * click (start-on-page.ts), and a remembered site (remembered-sites.ts) is listed in storage. The
 * page cannot set either: the mark lives in this extension's isolated world, the list in its storage.
 */
import { storedValue } from '../storage/extension-storage';

export const PAGE_MODE_MARK = 'listenfirst.page-mode';

/** Run by the background in the tab's isolated world, before the sidebar script (self-contained: it is serialised). */
export function markPageMode(mark: string): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(mark)] = true;
}

export function pageModeMarked(): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(PAGE_MODE_MARK)] === true;
}

/** The origins the sidebar starts on by itself (remembered by the agent, or listed by the team), as the background last wrote them. */
export const pageSiteOrigins = storedValue<string[]>('page-site-origins', (raw) =>
  Array.isArray(raw) ? raw.filter((entry): entry is string => typeof entry === 'string' && URL.canParse(entry)) : [],
);

/** The query parameter a team's playbook names for a site's tickets, by origin (the agent's own pick wins). */
export const pageSiteParameters = storedValue<Record<string, string>>('page-site-parameters', (raw) => {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
});
