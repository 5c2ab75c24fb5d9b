/**
 * The team playbook kept in this browser: imported from a file or edited on the options page.
 * (A subscribed playbook lives with its subscription; a policy's in managed storage.) Only a
 * playbook that passed the schema is ever written, and it is checked again when read.
 */
import { storedValue } from '../storage/extension-storage';
import type { Playbook } from './playbook-schema';
import { checkPlaybook, type PlaybookReadResult } from './read-playbook';

/** Where the playbook in use came from, for the options page's "from …, updated …" line. */
export type PlaybookSource =
  | { kind: 'default' }
  | { kind: 'file'; fileName: string; at: number }
  | { kind: 'edited'; at: number }
  | { kind: 'subscription'; url: string; at: number }
  | { kind: 'policy' };

export type LocalPlaybookSource = Extract<PlaybookSource, { kind: 'file' | 'edited' }>;

export interface TeamPlaybook {
  playbook: Playbook;
  source: PlaybookSource;
}

export const TEAM_PLAYBOOK_KEY = 'team-playbook';

function readSource(value: unknown): LocalPlaybookSource | null {
  const source = value as Partial<{ kind: string; fileName: unknown; at: unknown }> | null;
  if (!source || typeof source.at !== 'number') return null;
  if (source.kind === 'file' && typeof source.fileName === 'string') return { kind: 'file', fileName: source.fileName, at: source.at };
  if (source.kind === 'edited') return { kind: 'edited', at: source.at };
  return null;
}

/** The stored playbook, or null when there is none or it no longer passes the schema. */
export function readStoredTeamPlaybook(value: unknown): TeamPlaybook | null {
  const record = value as { playbook?: unknown; source?: unknown } | null;
  if (!record || typeof record !== 'object') return null;
  const source = readSource(record.source);
  const read = checkPlaybook(record.playbook);
  return source && read.ok ? { playbook: read.playbook, source } : null;
}

/** Nothing stored reads as undefined, a stored playbook that no longer passes as null (see effective-settings.ts). */
export const teamPlaybookValue = storedValue(TEAM_PLAYBOOK_KEY, (raw) => (raw === undefined ? undefined : readStoredTeamPlaybook(raw)));

export async function loadLocalTeamPlaybook(): Promise<TeamPlaybook | null> {
  return (await teamPlaybookValue.get()) ?? null;
}

/** Checks, then saves; a refused playbook leaves the stored one as it was. */
export async function saveLocalTeamPlaybook(candidate: unknown, source: LocalPlaybookSource): Promise<PlaybookReadResult> {
  const read = checkPlaybook(candidate);
  if (read.ok) await teamPlaybookValue.set({ playbook: read.playbook, source });
  return read;
}

/** Back to the default playbook. */
export async function removeLocalTeamPlaybook(): Promise<void> {
  await teamPlaybookValue.remove();
}
