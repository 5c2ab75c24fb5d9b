/**
 * What applies, from four layers: browser policy > the team playbook (subscribed or imported) > the
 * agent's own preferences > defaults. Resolving is pure; loading reads storage.local and
 * storage.managed and never throws: a layer that can't be read or no longer passes the schema gives
 * way to its last good value. The background publishes the result for content scripts
 * (settings-snapshot.ts), which pick one ticket's checklist from it (sidebar-settings.ts); the
 * options page resolves it itself.
 */
import { HINT_CATEGORIES, OFF_BY_DEFAULT, type HintCategory } from '../listening/types';
import { DEFAULT_LISTENING_PREFS, DEFAULT_RESTATEMENT_PREFIX, listeningPrefsValue, loadListeningPrefs, type ListeningPrefs } from '../settings/listening-prefs';
import { watchStored, type StoredValue } from '../storage/extension-storage';
import { acceptedTeamRetentionValue, agentRetentionValue, loadAcceptedTeamRetentionDays, loadAgentRetentionDays } from './retention-setting';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { lastGoodPolicyValue, loadPolicy, type ManagedPolicy, type PolicyReading } from './policy';
import { RETENTION_DAYS_RANGE, type Playbook } from './playbook-schema';
import { subscriptionTeamPlaybook, subscriptionValue } from './subscription';
import { teamPlaybookValue, type PlaybookSource, type TeamPlaybook } from './team-playbook-store';

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

const DEFAULT_LAYERS: SettingsLayers = {
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
  /**
   * The absence readings off by default (OFF_BY_DEFAULT: "nothing says what happens next"), each
   * on or off; shown only where its category is too.
   */
  absenceReadings: Partial<Record<HintCategory, Resolved<boolean>>>;
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

  // A category's switch, from the policy's or team's hintCategories, else the agent's choice. A
  // playbook or policy that turns a category on turns its absence reading (OFF_BY_DEFAULT) on too
  // (until the twentieth pass that reading was all no-next-step was); one that turns it off, both.
  const categorySetting = (category: HintCategory, agentValue: boolean, fallback: boolean): Resolved<boolean> =>
    resolveSetting(orgPlaybook?.hintCategories?.[category], flags.hintCategories === true, team?.hintCategories?.[category], agentValue, fallback);
  const hintCategories = Object.fromEntries(
    HINT_CATEGORIES.map((category) => [category, categorySetting(category, !agent.disabledCategories.includes(category), true)]),
  ) as Record<HintCategory, Resolved<boolean>>;
  const absenceReadings = Object.fromEntries(
    OFF_BY_DEFAULT.map((category) => [category, categorySetting(category, agent.enabledCategories.includes(category), false)]),
  ) as Partial<Record<HintCategory, Resolved<boolean>>>;
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
  return { activePlaybook, source, hintCategories, absenceReadings, restatementPrefix, retentionDays, pendingTeamRetentionDays: pending, locked };
}

// The last layers read in this page: a storage read that fails (the extension was updated under a
// content script, a quota error) keeps the page on what it had, and so does a stored playbook that
// no longer passes.
let lastGoodLayers: SettingsLayers = DEFAULT_LAYERS;

/** The subscribed playbook, else the local one; a stored one that no longer passes keeps the last good. */
async function loadTeamLayer(): Promise<TeamPlaybook | null> {
  const [subscription, local] = await Promise.all([subscriptionValue.get(), teamPlaybookValue.get()]);
  if (subscription !== undefined) return subscription ? subscriptionTeamPlaybook(subscription) : lastGoodLayers.team;
  if (local !== undefined) return local ?? lastGoodLayers.team;
  return null;
}

/** The helpdesk origins the team's playbook (imported or subscribed) lists; storage.local only, so sender checks can ask. */
export async function loadTeamHelpdeskOrigins(): Promise<NonNullable<Playbook['helpdeskOrigins']>> {
  const team = await loadTeamLayer().catch(() => lastGoodLayers.team);
  return team?.playbook.helpdeskOrigins ?? [];
}

/** Every layer, each read defensively; the policy by `readPolicy` (from managed storage, unless told otherwise). */
export async function loadSettingsLayers(readPolicy: () => Promise<PolicyReading> = loadPolicy): Promise<SettingsLayers> {
  try {
    const [policyReading, team, prefs, retentionDays, acceptedTeamRetentionDays] = await Promise.all([
      readPolicy(),
      loadTeamLayer(),
      loadListeningPrefs(),
      loadAgentRetentionDays(),
      loadAcceptedTeamRetentionDays(),
    ]);
    lastGoodLayers = { policy: policyReading.policy, policyProblems: policyReading.problems, team, agent: { ...prefs, retentionDays, acceptedTeamRetentionDays } };
  } catch {
    // Keeps lastGoodLayers.
  }
  return lastGoodLayers;
}

/** The stored values whose changes can change the settings (the policy, in storage.managed, too). */
export const SETTINGS_VALUES: readonly StoredValue<unknown>[] = [
  listeningPrefsValue,
  agentRetentionValue,
  acceptedTeamRetentionValue,
  teamPlaybookValue,
  subscriptionValue,
  lastGoodPolicyValue,
];

/** Calls back whenever any layer changes (policy, subscription, import, the agent's own choices), until `signal` aborts. */
export function watchSettingsChanges(onChange: () => void, signal: AbortSignal): void {
  watchStored({ values: SETTINGS_VALUES, managed: true }, onChange, signal);
}
