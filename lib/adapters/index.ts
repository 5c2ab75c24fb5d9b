/** The helpdesks ListenFirst understands. Adding one is adding a file and a row here. */
import { freshdesk } from './freshdesk';
import type { HelpdeskAdapter } from './types';
import { zendesk } from './zendesk';

export const ADAPTERS: readonly HelpdeskAdapter[] = [zendesk, freshdesk];

export function adapterForUrl(url: URL): HelpdeskAdapter | null {
  return ADAPTERS.find((adapter) => adapter.ownsUrl(url)) ?? null;
}

export * from './types';
