/**
 * Each page loads only its own helpdesk's page reading. The manifest (and each registration of a
 * helpdesk's scripts) runs that helpdesk's adapter script just before the sidebar script, in the
 * same isolated world: the adapter script provides its page reader here (`<id>Page` of
 * lib/adapters/<id>.ts), and the sidebar script binds it to the helpdesk's registry row, which it
 * carries anyway (message schemas name every helpdesk). A global of the content scripts' isolated
 * world, which the page can neither read nor set. The adapter scripts are generated from the
 * registry by wxt.config.ts (adapter-scripts.ts).
 */
import { helpdeskDefinition, isHelpdeskId, type HelpdeskId } from './registry';
import { hostedAdapter, type HelpdeskAdapter, type HelpdeskPageReader } from './types';

const PROVIDED = Symbol.for('listenfirst.helpdesk-page');

interface ProvidedPage {
  helpdesk: string;
  page: HelpdeskPageReader;
}

/** The extension-relative file of a helpdesk's adapter script, as the build writes it. */
export function adapterScript(helpdesk: string): string {
  return `adapters/${helpdesk}.js`;
}

/** Called by the adapter script. */
export function providePage(helpdesk: HelpdeskId, page: HelpdeskPageReader): void {
  (globalThis as Record<symbol, ProvidedPage>)[PROVIDED] = { helpdesk, page };
}

/** This page's helpdesk adapter, from what its adapter script provided; null when none ran (the sidebar then stays away). */
export function providedAdapter(): HelpdeskAdapter | null {
  const provided = (globalThis as Record<symbol, ProvidedPage | undefined>)[PROVIDED];
  return provided && isHelpdeskId(provided.helpdesk) ? hostedAdapter(helpdeskDefinition(provided.helpdesk), provided.page) : null;
}
