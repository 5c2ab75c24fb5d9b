/**
 * What the agent picked on a site no adapter knows, remembered for the site (its origin) in the
 * extension's own storage, never the page's: where the reply box is, where the customer's message
 * is, and which query parameter names the ticket. The messages themselves are never stored here.
 */
import { storedValue, type StoredValue } from '../storage/extension-storage';
import { TICKET_PARAMETER_PATTERN } from './page-ticket';

export interface SitePicks {
  /** A selector for the reply box (see element-selector.ts), or null until picked. */
  replyBox: string | null;
  /** A selector for the element that held the selected customer message, or null. */
  messageArea: string | null;
  /** The query parameter that holds the ticket id (`case` in `/view?case=12`), or null. */
  ticketParameter: string | null;
}

export const NO_PICKS: SitePicks = { replyBox: null, messageArea: null, ticketParameter: null };
export const SITE_PICKS_PREFIX = 'site-picks:';
const MAX_SELECTOR_CHARS = 1_000;

const selector = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= MAX_SELECTOR_CHARS ? value : null);

export function normalizePicks(raw: unknown): SitePicks {
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const parameter = record.ticketParameter;
  return {
    replyBox: selector(record.replyBox),
    messageArea: selector(record.messageArea),
    ticketParameter: typeof parameter === 'string' && TICKET_PARAMETER_PATTERN.test(parameter) ? parameter : null,
  };
}

export function sitePicks(origin: string): StoredValue<SitePicks> {
  return storedValue(`${SITE_PICKS_PREFIX}${origin}`, normalizePicks);
}

export async function forgetSitePicks(origin: string): Promise<void> {
  await sitePicks(origin).remove();
}
