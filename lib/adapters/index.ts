/**
 * The adapter of every helpdesk in the registry (registry.ts), by id: a row without its adapter, or
 * an adapter without its row, does not compile. Adding a helpdesk: its row, its adapter file, its
 * line here, a fixture page and its tests.
 */
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { freshservice } from './freshservice';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { jira } from './jira';
import { atCustomOrigin } from './custom-origin';
import { osticket } from './osticket';
import { HELPDESKS, type HelpdeskId } from './registry';
import type { HelpdeskAdapter } from './types';
import { zammad } from './zammad';
import { zendesk } from './zendesk';
import { zohodesk } from './zohodesk';

const ADAPTER_BY_ID: { readonly [Id in HelpdeskId]: HelpdeskAdapter & { id: Id } } = { zendesk, freshdesk, helpscout, intercom, jira, freshservice, zohodesk, zammad, osticket, freescout };

/** In the registry's order. */
export const ADAPTERS: readonly HelpdeskAdapter[] = HELPDESKS.map((row) => ADAPTER_BY_ID[row.id]);

export function adapterById(id: HelpdeskId): HelpdeskAdapter {
  return ADAPTER_BY_ID[id];
}

export function adapterForUrl(url: URL): HelpdeskAdapter | null {
  return ADAPTERS.find((adapter) => adapter.ownsUrl(url)) ?? null;
}

/**
 * The adapter for a page, among all of them (extension pages only: a helpdesk page loads only its
 * own adapter, provided-adapter.ts): a hosted helpdesk by its domain, else one configured on this origin.
 */
export async function resolveAdapter(url: URL, customHelpdesk: (origin: string) => Promise<HelpdeskId | null>): Promise<HelpdeskAdapter | null> {
  const hosted = adapterForUrl(url);
  if (hosted) return hosted;
  const helpdesk = await customHelpdesk(url.origin);
  return helpdesk ? atCustomOrigin(adapterById(helpdesk), url.origin) : null;
}

export * from './types';
