/**
 * The agent's own draft retention period. It is the drafts' setting (`retention-days` in
 * storage.local, read by lib/drafts/retention.ts) under the same key, so the options page and the
 * purge agree; a team playbook or a policy can set it above the agent (see effective-settings.ts).
 */
import { storage } from 'wxt/utils/storage';
import { RETENTION_DAYS_RANGE } from './playbook-schema';

export const AGENT_RETENTION_KEY = 'retention-days';
const item = storage.defineItem<unknown>(`local:${AGENT_RETENTION_KEY}`);

export function isRetentionDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RETENTION_DAYS_RANGE.min && value <= RETENTION_DAYS_RANGE.max;
}

export async function loadAgentRetentionDays(): Promise<number> {
  const value = await item.getValue();
  return isRetentionDays(value) ? value : RETENTION_DAYS_RANGE.default;
}

export async function saveAgentRetentionDays(days: number): Promise<void> {
  if (!isRetentionDays(days)) throw new RangeError(`retention must be ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max} days`);
  await item.setValue(days);
}

/**
 * The shortest retention a team playbook asked for that the agent confirmed. A team playbook (a
 * subscription above all: it changes without anyone at this machine doing anything) may not delete
 * an agent's drafts sooner than they agreed to; see `resolveSettings`.
 */
export const TEAM_RETENTION_ACCEPTED_KEY = 'team-retention-accepted';
const acceptedItem = storage.defineItem<unknown>(`local:${TEAM_RETENTION_ACCEPTED_KEY}`);

export async function loadAcceptedTeamRetentionDays(): Promise<number | undefined> {
  const value = await acceptedItem.getValue();
  return isRetentionDays(value) ? value : undefined;
}

export async function acceptTeamRetentionDays(days: number): Promise<void> {
  if (!isRetentionDays(days)) throw new RangeError(`retention must be ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max} days`);
  await acceptedItem.setValue(days);
}
