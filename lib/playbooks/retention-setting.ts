/**
 * The agent's own draft retention period (`retention-days` in storage.local, the key drafts have
 * always been kept by); a team playbook or a policy can set it above the agent (see
 * effective-settings.ts), and the background's purge uses what applies (lib/playbooks/index.ts).
 */
import { storedValue } from '../storage/extension-storage';
import { RETENTION_DAYS_RANGE } from './playbook-schema';

export function isRetentionDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RETENTION_DAYS_RANGE.min && value <= RETENTION_DAYS_RANGE.max;
}

export const agentRetentionValue = storedValue('retention-days', (raw) => (isRetentionDays(raw) ? raw : RETENTION_DAYS_RANGE.default));

export async function loadAgentRetentionDays(): Promise<number> {
  return agentRetentionValue.get();
}

export async function saveAgentRetentionDays(days: number): Promise<void> {
  if (!isRetentionDays(days)) throw new RangeError(`retention must be ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max} days`);
  await agentRetentionValue.set(days);
}

/**
 * The shortest retention a team playbook asked for that the agent confirmed. A team playbook (a
 * subscription above all: it changes without anyone at this machine doing anything) may not delete
 * an agent's drafts sooner than they agreed to; see `resolveSettings`.
 */
export const acceptedTeamRetentionValue = storedValue('team-retention-accepted', (raw) => (isRetentionDays(raw) ? raw : undefined));

export async function loadAcceptedTeamRetentionDays(): Promise<number | undefined> {
  return acceptedTeamRetentionValue.get();
}

export async function acceptTeamRetentionDays(days: number): Promise<void> {
  if (!isRetentionDays(days)) throw new RangeError(`retention must be ${RETENTION_DAYS_RANGE.min} to ${RETENTION_DAYS_RANGE.max} days`);
  await acceptedTeamRetentionValue.set(days);
}
