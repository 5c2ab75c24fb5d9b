/**
 * Helpdesks on a team's own domain: the list (the agent's own, plus any a policy gives), and the
 * content scripts registered there. The same two scripts as the manifest's, registered per origin
 * once its host permission is granted, and unregistered when it is removed or the permission goes.
 * Only the background registers (two pages registering the same ids at once can leave one of
 * Chrome's calls unanswered); pages read the status and wait for it.
 */
import { storage } from 'wxt/utils/storage';
import { checkHelpdeskOrigin, isPlaybookHelpdesk, originMatchPattern, type HelpdeskOrigin } from './helpdesk-origin';
import { loadLastGoodPolicy, loadPolicy, type ManagedPolicy } from './policy';
import type { PlaybookHelpdesk } from './playbook-schema';

export const HELPDESK_ORIGINS_KEY = 'helpdesk-origins';
export const MAX_AGENT_ORIGINS = 50;
/** Ids of the scripts this module registers start with this; nothing else of ours is registered at runtime. */
export const ORIGIN_SCRIPT_PREFIX = 'lf-origin:';

export interface ConfiguredOrigin extends HelpdeskOrigin {
  from: 'agent' | 'policy';
}

const item = storage.defineItem<unknown>(`local:${HELPDESK_ORIGINS_KEY}`);

function readOrigins(value: unknown): HelpdeskOrigin[] {
  if (!Array.isArray(value)) return [];
  const origins: HelpdeskOrigin[] = [];
  for (const entry of value.slice(0, MAX_AGENT_ORIGINS) as { origin?: unknown; helpdesk?: unknown }[]) {
    const checked = typeof entry?.origin === 'string' ? checkHelpdeskOrigin(entry.origin) : null;
    if (checked?.ok && isPlaybookHelpdesk(entry.helpdesk) && !origins.some((o) => o.origin === checked.origin)) {
      origins.push({ origin: checked.origin, helpdesk: entry.helpdesk });
    }
  }
  return origins;
}

export async function loadAgentOrigins(): Promise<HelpdeskOrigin[]> {
  return readOrigins(await item.getValue());
}

/** The policy's origins first (they win on a clash), then the agent's, unless a policy locks the list. */
export function combineOrigins(policy: ManagedPolicy, agent: readonly HelpdeskOrigin[]): ConfiguredOrigin[] {
  const combined: ConfiguredOrigin[] = [];
  for (const entry of policy.helpdeskOrigins ?? []) {
    const checked = checkHelpdeskOrigin(entry.origin);
    if (checked.ok && !combined.some((o) => o.origin === checked.origin)) combined.push({ origin: checked.origin, helpdesk: entry.helpdesk, from: 'policy' });
  }
  if (policy.locked?.helpdeskOrigins) return combined;
  for (const entry of agent) {
    if (!combined.some((o) => o.origin === entry.origin)) combined.push({ ...entry, from: 'agent' });
  }
  return combined;
}

export async function listHelpdeskOrigins(): Promise<ConfiguredOrigin[]> {
  const [policy, agent] = await Promise.all([loadPolicy(), loadAgentOrigins()]);
  return combineOrigins(policy.policy, agent);
}

/** The same list from storage.local only (the policy as last remembered): fast enough for every draft message's sender check. */
export async function listRememberedHelpdeskOrigins(): Promise<ConfiguredOrigin[]> {
  const [policy, agent] = await Promise.all([loadLastGoodPolicy(), loadAgentOrigins()]);
  return combineOrigins(policy, agent);
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
  await item.setValue([...current.filter((o) => o.origin !== entry.origin), entry].slice(-MAX_AGENT_ORIGINS));
}

export async function removeAgentOrigin(origin: string): Promise<void> {
  const current = await loadAgentOrigins();
  await item.setValue(current.filter((o) => o.origin !== origin));
}

// The browser APIs registration needs, as an interface so tests can hand in their own.
export interface ContentScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle' | 'document_start';
  world?: 'MAIN' | 'ISOLATED';
  persistAcrossSessions: boolean;
}

export interface OriginBrowserApis {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[]; runAt?: string }[]>;
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

/**
 * The manifest's content scripts, for one more origin, in the manifest's order: the editor bridge in
 * the page's world and the content script that hands it its key, both at document_start (the key
 * goes over before any page script runs, to the bridge injected first: see bridge-key.ts), then the
 * sidebar in the isolated world (its CSS is fetched by WXT's shadow-root UI, web-accessible for
 * http(s) pages in the manifest).
 */
export function contentScriptsFor(origin: string): ContentScriptRegistration[] {
  const pattern = originMatchPattern(origin);
  return [
    {
      id: `${ORIGIN_SCRIPT_PREFIX}${pattern}#editor-bridge`,
      matches: [pattern],
      js: ['content-scripts/editor-bridge.js'],
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
    {
      id: `${ORIGIN_SCRIPT_PREFIX}${pattern}#editor-key`,
      matches: [pattern],
      js: ['content-scripts/editor-key.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
    {
      id: `${ORIGIN_SCRIPT_PREFIX}${pattern}#helpdesk`,
      matches: [pattern],
      js: ['content-scripts/helpdesk.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ];
}

export interface OriginSyncResult {
  /** Origins whose scripts are (or, for a sync, should now be) registered. */
  active: string[];
  /** Configured origins still waiting for the agent to grant the permission. */
  needsPermission: string[];
}

const API_TIMEOUT_MS = 10_000;

/** A browser call that never answers must not hold every later sync behind it. */
function answered<T>(call: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${API_TIMEOUT_MS / 1000} s`)), API_TIMEOUT_MS);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

/** The configured origins (less those whose helpdesk a policy switched off), split by permission. */
async function wantedOrigins(apis: OriginBrowserApis): Promise<OriginSyncResult> {
  const [policy, agent] = await Promise.all([loadPolicy(), loadAgentOrigins()]);
  const enabled = policy.policy.enabledHelpdesks;
  const configured = combineOrigins(policy.policy, agent).filter((o) => !enabled || enabled.includes(o.helpdesk));
  const granted = await Promise.all(
    configured.map((o) => answered(apis.permissions.contains({ origins: [originMatchPattern(o.origin)] }), 'permissions.contains').catch(() => false)),
  );
  return {
    active: configured.filter((_, index) => granted[index]).map((o) => o.origin),
    needsPermission: configured.filter((_, index) => !granted[index]).map((o) => o.origin),
  };
}

async function registeredOriginScripts(apis: OriginBrowserApis) {
  const all = await answered(apis.scripting.getRegisteredContentScripts(), 'scripting.getRegisteredContentScripts');
  return all.filter((script) => script.id.startsWith(ORIGIN_SCRIPT_PREFIX));
}

export interface OriginStatus extends OriginSyncResult {
  /** Granted, but the background has not registered the scripts (yet). */
  starting: string[];
}

/** For the options page: which configured origins run our scripts, which wait for permission. Reads only. */
export async function originScriptStatus(apis: OriginBrowserApis = browser as unknown as OriginBrowserApis): Promise<OriginStatus> {
  const [wanted, registered] = await Promise.all([wantedOrigins(apis), registeredOriginScripts(apis)]);
  const ids = new Set(registered.map((script) => script.id));
  const running = (origin: string) => contentScriptsFor(origin).every((script) => ids.has(script.id));
  return {
    active: wanted.active.filter(running),
    starting: wanted.active.filter((origin) => !running(origin)),
    needsPermission: wanted.needsPermission,
  };
}

let syncQueue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered scripts match the configured origins that have their permission (and whose
 * helpdesk a policy has not switched off). Idempotent and serialised; the background calls it.
 */
export function syncOriginContentScripts(apis: OriginBrowserApis = browser as unknown as OriginBrowserApis): Promise<OriginSyncResult> {
  const run = syncQueue.then(() => syncNow(apis));
  syncQueue = run.catch(() => undefined);
  return run;
}

async function syncNow(apis: OriginBrowserApis): Promise<OriginSyncResult> {
  const { active, needsPermission } = await wantedOrigins(apis);
  const wanted = new Map(active.flatMap(contentScriptsFor).map((script) => [script.id, script]));
  const registered = await registeredOriginScripts(apis);
  // A script registered by an earlier version with another timing (the editor bridge ran at
  // document_idle before it needed its key at document_start) is registered again.
  const stale = registered.filter((script) => wanted.get(script.id)?.runAt !== (script.runAt ?? wanted.get(script.id)?.runAt)).map((script) => script.id);
  if (stale.length > 0) await answered(apis.scripting.unregisterContentScripts({ ids: stale }), 'scripting.unregisterContentScripts');
  const missing = [...wanted.values()].filter((script) => !registered.some((r) => r.id === script.id) || stale.includes(script.id));
  for (const script of missing) {
    // One at a time, so one refusal (an id registered a moment ago) doesn't undo the others.
    await answered(apis.scripting.registerContentScripts([script]), 'scripting.registerContentScripts').catch(async (error: unknown) => {
      const now = await answered(apis.scripting.getRegisteredContentScripts({ ids: [script.id] }), 'scripting.getRegisteredContentScripts');
      if (now.length === 0) throw error;
    });
  }
  return { active, needsPermission };
}
