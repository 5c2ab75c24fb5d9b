/**
 * What applies to one ticket, from four layers: browser policy > the team playbook (subscribed or
 * imported) > the agent's own preferences > defaults. Resolving is pure; loading reads
 * storage.local and storage.managed (both open to content scripts) and never throws: a layer that
 * can't be read or no longer passes the schema gives way to its last good value.
 */
import { HINT_CATEGORIES, type HintCategory, type TermPair } from '../listening/types';
import {
  DEFAULT_LISTENING_PREFS,
  DEFAULT_RESTATEMENT_PREFIX,
  LISTENING_PREFS_KEY,
  loadListeningPrefs,
  type ListeningPrefs,
} from '../settings/listening-prefs';
import { AGENT_RETENTION_KEY, loadAcceptedTeamRetentionDays, loadAgentRetentionDays, TEAM_RETENTION_ACCEPTED_KEY } from './retention-setting';
import type { ChecklistItem } from './checklist';
import { chooseChecklist, type TicketContext } from './choose-checklist';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { loadPolicy, POLICY_LAST_GOOD_KEY, type ManagedPolicy } from './policy';
import { RETENTION_DAYS_RANGE, type Playbook } from './playbook-schema';
import { readStoredSubscription, SUBSCRIPTION_KEY, subscriptionTeamPlaybook } from './subscription';
import { readStoredTeamPlaybook, TEAM_PLAYBOOK_KEY, type PlaybookSource, type TeamPlaybook } from './team-playbook-store';

export type { TicketContext };

export interface EffectiveSettings {
  /** The checklist chosen for this helpdesk, channel and tags. */
  checklist: readonly ChecklistItem[];
  disabledCategories: HintCategory[];
  /** Team vocabulary for the listening engine: literal words, never patterns. */
  termPairs: TermPair[];
  jargon: string[];
  restatementPrefix: string;
  retentionDays: number;
  /**
   * Settings set by policy, which agents can't change: `playbook`, `hintCategories` (all of them),
   * `hintCategories.<category>` (one), `restatementPrefix`, `retentionDays`, `helpdeskOrigins`.
   */
  locked: { [setting: string]: boolean };
  /** False where a policy's enabledHelpdesks leaves this helpdesk out: the sidebar should not run. */
  enabled: boolean;
  /** The playbook in use and where it came from. */
  playbook: { name: string; checklistName: string; source: PlaybookSource['kind'] };
}

/** Where one setting's value came from, for the options page. */
export type SettingOrigin = 'policy' | 'team' | 'agent' | 'default';

/** The agent's own choices: listening prefs, and the drafts' retention period. */
export interface AgentSettings extends ListeningPrefs {
  retentionDays: number;
  /** The shortest team playbook retention the agent confirmed, if any. */
  acceptedTeamRetentionDays?: number;
}

export interface SettingsLayers {
  policy: ManagedPolicy;
  /** Problems with the deployed policy (its last good values are in `policy`). */
  policyProblems: string[];
  /** The subscribed playbook if any, else the imported or edited one; ignored while a policy gives one. */
  team: TeamPlaybook | null;
  agent: AgentSettings;
}

export const DEFAULT_LAYERS: SettingsLayers = {
  policy: {},
  policyProblems: [],
  team: null,
  agent: { ...DEFAULT_LISTENING_PREFS, retentionDays: RETENTION_DAYS_RANGE.default },
};

interface Resolved<T> {
  value: T;
  origin: SettingOrigin;
  locked: boolean;
}

/** One setting through the layers: a policy value locks it; a lock without a value skips the agent. */
function resolveSetting<T>(policyValue: T | undefined, lockedByFlag: boolean, teamValue: T | undefined, agentValue: T, fallback: T): Resolved<T> {
  if (policyValue !== undefined) return { value: policyValue, origin: 'policy', locked: true };
  if (teamValue !== undefined) return { value: teamValue, origin: 'team', locked: lockedByFlag };
  if (lockedByFlag) return { value: fallback, origin: 'default', locked: true };
  return { value: agentValue, origin: 'agent', locked: false };
}

export interface ResolvedSettings {
  activePlaybook: Playbook;
  source: PlaybookSource;
  hintCategories: Record<HintCategory, Resolved<boolean>>;
  restatementPrefix: Resolved<string>;
  retentionDays: Resolved<number>;
  /** A shorter retention the team playbook asks for, not applied until the agent confirms it. */
  pendingTeamRetentionDays: number | null;
  locked: Record<string, boolean>;
}

/** Everything the options page shows: each setting's value, where it came from, and whether it is locked. */
export function resolveSettings(layers: SettingsLayers): ResolvedSettings {
  const { policy, agent } = layers;
  const orgPlaybook = policy.playbook;
  const team = orgPlaybook ? undefined : layers.team?.playbook;
  const flags = policy.locked ?? {};

  const hintCategories = Object.fromEntries(
    HINT_CATEGORIES.map((category) => [
      category,
      resolveSetting(
        orgPlaybook?.hintCategories?.[category],
        flags.hintCategories === true,
        team?.hintCategories?.[category],
        !agent.disabledCategories.includes(category),
        true,
      ),
    ]),
  ) as Record<HintCategory, Resolved<boolean>>;
  const restatementPrefix = resolveSetting(
    orgPlaybook?.restatementPrefix,
    flags.restatementPrefix === true,
    team?.restatementPrefix,
    agent.restatementPrefix,
    DEFAULT_RESTATEMENT_PREFIX,
  );
  // A team playbook never deletes drafts sooner than the agent agreed to (their own setting, or a
  // shorter team value they confirmed): a shorter value waits for their yes, and what they agreed applies.
  const agreedDays = Math.min(agent.retentionDays, agent.acceptedTeamRetentionDays ?? Infinity);
  const teamDays = team?.retentionDays;
  const pendingTeamRetentionDays = teamDays !== undefined && teamDays < agreedDays ? teamDays : null;
  const retentionDays = resolveSetting(
    policy.retentionDays ?? orgPlaybook?.retentionDays,
    flags.retentionDays === true,
    pendingTeamRetentionDays === null ? teamDays : agreedDays < agent.retentionDays ? agreedDays : undefined,
    agent.retentionDays,
    RETENTION_DAYS_RANGE.default,
  );

  const locked: Record<string, boolean> = {
    playbook: flags.playbook === true || orgPlaybook !== undefined,
    hintCategories: HINT_CATEGORIES.every((category) => hintCategories[category].locked),
    restatementPrefix: restatementPrefix.locked,
    retentionDays: retentionDays.locked,
    helpdeskOrigins: flags.helpdeskOrigins === true,
  };
  for (const category of HINT_CATEGORIES) locked[`hintCategories.${category}`] = hintCategories[category].locked;

  const source: PlaybookSource = orgPlaybook ? { kind: 'policy' } : (layers.team?.source ?? { kind: 'default' });
  const activePlaybook = orgPlaybook ?? team ?? DEFAULT_PLAYBOOK;
  const pending = retentionDays.origin === 'policy' ? null : pendingTeamRetentionDays;
  return { activePlaybook, source, hintCategories, restatementPrefix, retentionDays, pendingTeamRetentionDays: pending, locked };
}

/** Pure: the settings for one ticket. */
export function resolveEffectiveSettings(layers: SettingsLayers, context: TicketContext): EffectiveSettings {
  const resolved = resolveSettings(layers);
  const checklist = chooseChecklist(resolved.activePlaybook, context);
  const vocabulary = resolved.activePlaybook.vocabulary;
  const enabledHelpdesks = layers.policy.enabledHelpdesks;
  return {
    checklist: checklist.items,
    disabledCategories: HINT_CATEGORIES.filter((category) => !resolved.hintCategories[category].value),
    termPairs: (vocabulary?.termPairs ?? []).map((pair) => ({ ...pair })),
    jargon: [...(vocabulary?.jargon ?? [])],
    restatementPrefix: resolved.restatementPrefix.value,
    retentionDays: resolved.retentionDays.value,
    locked: resolved.locked,
    enabled: !enabledHelpdesks || enabledHelpdesks.includes(context.helpdesk),
    playbook: { name: resolved.activePlaybook.name, checklistName: checklist.name, source: resolved.source.kind },
  };
}

// The last layers read in this page: a storage read that fails (the extension was updated under a
// content script, a quota error) keeps the page on what it had.
let lastGoodTeam: TeamPlaybook | null = null;
let lastGoodLayers: SettingsLayers = DEFAULT_LAYERS;

/** The subscribed playbook, else the local one; a stored one that no longer passes keeps the last good. */
async function loadTeamLayer(): Promise<TeamPlaybook | null> {
  const stored = await browser.storage.local.get([SUBSCRIPTION_KEY, TEAM_PLAYBOOK_KEY]);
  if (stored[SUBSCRIPTION_KEY] !== undefined) {
    const subscription = readStoredSubscription(stored[SUBSCRIPTION_KEY]);
    return subscription ? subscriptionTeamPlaybook(subscription) : lastGoodTeam;
  }
  if (stored[TEAM_PLAYBOOK_KEY] !== undefined) return readStoredTeamPlaybook(stored[TEAM_PLAYBOOK_KEY]) ?? lastGoodTeam;
  return null;
}

/** Every layer, each read defensively. */
export async function loadSettingsLayers(): Promise<SettingsLayers> {
  try {
    const [policyReading, team, prefs, retentionDays, acceptedTeamRetentionDays] = await Promise.all([
      loadPolicy(),
      loadTeamLayer(),
      loadListeningPrefs(),
      loadAgentRetentionDays(),
      loadAcceptedTeamRetentionDays(),
    ]);
    lastGoodTeam = team;
    lastGoodLayers = { policy: policyReading.policy, policyProblems: policyReading.problems, team, agent: { ...prefs, retentionDays, acceptedTeamRetentionDays } };
  } catch {
    lastGoodLayers = { ...lastGoodLayers, team: lastGoodTeam };
  }
  return lastGoodLayers;
}

export async function loadEffectiveSettings(context: TicketContext): Promise<EffectiveSettings> {
  const layers = await loadSettingsLayers();
  try {
    return resolveEffectiveSettings(layers, context);
  } catch {
    return resolveEffectiveSettings(DEFAULT_LAYERS, context);
  }
}

/** The storage.local keys whose changes can change the settings. */
export const SETTINGS_STORAGE_KEYS: readonly string[] = [LISTENING_PREFS_KEY, AGENT_RETENTION_KEY, TEAM_RETENTION_ACCEPTED_KEY, TEAM_PLAYBOOK_KEY, SUBSCRIPTION_KEY, POLICY_LAST_GOOD_KEY];

/** Calls back whenever any layer changes (policy, subscription, import, the agent's own choices). */
export function watchSettingsChanges(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((key) => SETTINGS_STORAGE_KEYS.includes(key)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Live settings for one ticket: after any change to a layer, calls back with the settings if they
 * differ from the ones it last delivered (call loadEffectiveSettings for the first ones).
 */
export function watchEffectiveSettings(context: TicketContext, callback: (settings: EffectiveSettings) => void): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  let delivered = '';
  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      const settings = await loadEffectiveSettings(context);
      const serialized = JSON.stringify(settings);
      if (!stopped && serialized !== delivered) {
        delivered = serialized;
        callback(settings);
      }
    } while (again && !stopped);
    running = false;
  };
  const unwatch = watchSettingsChanges(() => void refresh());
  return () => {
    stopped = true;
    unwatch();
  };
}
