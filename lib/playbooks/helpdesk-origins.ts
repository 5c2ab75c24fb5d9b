/**
 * Helpdesks on a team's own domain: the list (the agent's own, plus any a policy gives), and the
 * content scripts registered there. The same two scripts as the manifest's, registered per origin
 * once its host permission is granted, and unregistered when it is removed or the permission goes.
 * Only the background registers (two pages registering the same ids at once can leave one of
 * Chrome's calls unanswered); pages read the status and wait for it.
 */
import { storedValue } from '../storage/extension-storage';
import { isHelpdeskId } from '../adapters/registry';
import { checkHelpdeskOrigin, HELPDESK_ORIGINS_KEY, ORIGIN_SCRIPT_PREFIX, originMatchPattern, type HelpdeskOrigin } from './helpdesk-origin';
import { loadTeamHelpdeskOrigins } from './effective-settings';
import { loadLastGoodPolicy, loadPolicy, policyAllowsHelpdesk, type ManagedPolicy } from './policy';
import {
  answered,
  helpdeskContentScripts,
  registeredScripts,
  registerExactly,
  serialised,
  type ContentScriptRegistration,
  type ScriptingApis,
} from './registered-scripts';
import type { PlaybookHelpdesk } from './playbook-schema';

export const MAX_AGENT_ORIGINS = 50;
// Ids of the scripts this module registers start with ORIGIN_SCRIPT_PREFIX; nothing else of ours is registered at runtime.
export { ORIGIN_SCRIPT_PREFIX };

export type { ContentScriptRegistration } from './registered-scripts';
export type OriginBrowserApis = ScriptingApis;

export interface ConfiguredOrigin extends HelpdeskOrigin {
  from: 'agent' | 'policy' | 'team';
}

function readOrigins(value: unknown): HelpdeskOrigin[] {
  if (!Array.isArray(value)) return [];
  const origins: HelpdeskOrigin[] = [];
  for (const entry of value.slice(0, MAX_AGENT_ORIGINS) as { origin?: unknown; helpdesk?: unknown }[]) {
    const checked = typeof entry?.origin === 'string' ? checkHelpdeskOrigin(entry.origin) : null;
    if (checked?.ok && isHelpdeskId(entry.helpdesk) && !origins.some((o) => o.origin === checked.origin)) {
      origins.push({ origin: checked.origin, helpdesk: entry.helpdesk });
    }
  }
  return origins;
}

/** The agent's own origins, each entry checked again (storage outlives versions). */
export const agentOriginsValue = storedValue(HELPDESK_ORIGINS_KEY, readOrigins);

export async function loadAgentOrigins(): Promise<HelpdeskOrigin[]> {
  return agentOriginsValue.get();
}

/** The policy's origins first (they win on a clash), then the team playbook's, then the agent's, unless a policy locks the list. */
export function combineOrigins(policy: ManagedPolicy, agent: readonly HelpdeskOrigin[], team: readonly HelpdeskOrigin[] = []): ConfiguredOrigin[] {
  const combined: ConfiguredOrigin[] = [];
  const add = (entries: readonly HelpdeskOrigin[], from: ConfiguredOrigin['from']) => {
    for (const entry of entries) {
      const checked = checkHelpdeskOrigin(entry.origin);
      if (checked.ok && isHelpdeskId(entry.helpdesk) && !combined.some((o) => o.origin === checked.origin)) combined.push({ origin: checked.origin, helpdesk: entry.helpdesk, from });
    }
  };
  add(policy.helpdeskOrigins ?? [], 'policy');
  // A policy that locks the list leaves neither the team's playbook nor the agent anything to add.
  if (policy.locked?.helpdeskOrigins) return combined;
  add(team, 'team');
  add(agent, 'agent');
  return combined;
}

export async function listHelpdeskOrigins(): Promise<ConfiguredOrigin[]> {
  const [policy, agent, team] = await Promise.all([loadPolicy(), loadAgentOrigins(), loadTeamHelpdeskOrigins()]);
  return combineOrigins(policy.policy, agent, team);
}

/** The same list from storage.local only (the policy as last remembered): fast enough for every draft message's sender check. */
export async function listRememberedHelpdeskOrigins(): Promise<ConfiguredOrigin[]> {
  const [policy, agent, team] = await Promise.all([loadLastGoodPolicy(), loadAgentOrigins(), loadTeamHelpdeskOrigins()]);
  return combineOrigins(policy, agent, team);
}

/** For the content script on a custom origin: which helpdesk runs here, or null if none of ours. */
export async function helpdeskForOrigin(origin: string): Promise<PlaybookHelpdesk | null> {
  try {
    const origins = await listHelpdeskOrigins();
    return origins.find((entry) => entry.origin === origin)?.helpdesk ?? null;
  } catch {
    return null;
  }
}

export async function addAgentOrigin(entry: HelpdeskOrigin): Promise<void> {
  const current = await loadAgentOrigins();
  await agentOriginsValue.set([...current.filter((o) => o.origin !== entry.origin), entry].slice(-MAX_AGENT_ORIGINS));
}

export async function removeAgentOrigin(origin: string): Promise<void> {
  const current = await loadAgentOrigins();
  await agentOriginsValue.set(current.filter((o) => o.origin !== origin));
}

/**
 * The manifest's content scripts, for one more origin (see helpdeskContentScripts), with ids under
 * this module's prefix.
 */
export function contentScriptsFor({ origin, helpdesk }: HelpdeskOrigin): ContentScriptRegistration[] {
  return helpdeskContentScripts(`${ORIGIN_SCRIPT_PREFIX}${originMatchPattern(origin)}`, [originMatchPattern(origin)], helpdesk);
}

export interface OriginSyncResult {
  /** Origins whose scripts are (or, for a sync, should now be) registered. */
  active: string[];
  /** Configured origins still waiting for the agent to grant the permission. */
  needsPermission: string[];
}

/** The configured origins (less those whose helpdesk a policy switched off), split by permission. */
async function wantedOrigins(apis: OriginBrowserApis): Promise<{ active: ConfiguredOrigin[]; needsPermission: ConfiguredOrigin[] }> {
  const [policy, agent, team] = await Promise.all([loadPolicy(), loadAgentOrigins(), loadTeamHelpdeskOrigins()]);
  const configured = combineOrigins(policy.policy, agent, team).filter((o) => policyAllowsHelpdesk(policy.policy, o.helpdesk));
  const granted = await Promise.all(
    configured.map((o) => answered(apis.permissions.contains({ origins: [originMatchPattern(o.origin)] }), 'permissions.contains').catch(() => false)),
  );
  return {
    active: configured.filter((_, index) => granted[index]),
    needsPermission: configured.filter((_, index) => !granted[index]),
  };
}

const originsOf = (entries: readonly HelpdeskOrigin[]) => entries.map((entry) => entry.origin);


export interface OriginStatus extends OriginSyncResult {
  /** Granted, but the background has not registered the scripts (yet). */
  starting: string[];
}

/** For the options page: which configured origins run our scripts, which wait for permission. Reads only. */
export async function originScriptStatus(apis: OriginBrowserApis = browser as unknown as OriginBrowserApis): Promise<OriginStatus> {
  const [wanted, registered] = await Promise.all([wantedOrigins(apis), registeredScripts(apis, ORIGIN_SCRIPT_PREFIX)]);
  const ids = new Set(registered.map((script) => script.id));
  const running = (entry: HelpdeskOrigin) => contentScriptsFor(entry).every((script) => ids.has(script.id));
  return {
    active: originsOf(wanted.active.filter(running)),
    starting: originsOf(wanted.active.filter((entry) => !running(entry))),
    needsPermission: originsOf(wanted.needsPermission),
  };
}

/**
 * Makes the registered scripts match the configured origins that have their permission (and whose
 * helpdesk a policy has not switched off). Idempotent and serialised; the background calls it.
 */
export function syncOriginContentScripts(apis: OriginBrowserApis = browser as unknown as OriginBrowserApis): Promise<OriginSyncResult> {
  return serialised(async () => {
    const { active, needsPermission } = await wantedOrigins(apis);
    await registerExactly(apis, ORIGIN_SCRIPT_PREFIX, active.flatMap(contentScriptsFor));
    return { active: originsOf(active), needsPermission: originsOf(needsPermission) };
  });
}
