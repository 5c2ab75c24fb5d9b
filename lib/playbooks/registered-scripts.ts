/**
 * Content scripts registered at run time, for hosts the manifest does not list: teams' own domains
 * (helpdesk-origins.ts) and helpdesks whose host permission is optional (optional-helpdesks.ts).
 * One queue for every sync: two registrations of the same ids at once can leave one of Chrome's
 * calls unanswered.
 */
import { adapterScript } from '../adapters/provided-adapter';


// The browser APIs registration needs, as an interface so tests can hand in their own.
export interface ContentScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle' | 'document_start';
  world?: 'MAIN' | 'ISOLATED';
  persistAcrossSessions: boolean;
}

export interface ScriptingApis {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[]; js?: string[]; runAt?: string }[]>;
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

/** The sidebar's content script (entrypoints/helpdesk.content), as the manifest and registrations run it. */
export const SIDEBAR_SCRIPT = 'content-scripts/helpdesk.js';

/** What a helpdesk's page runs its sidebar from, in this order: that helpdesk's adapter script, then the sidebar script that takes it. */
export function helpdeskSidebarScripts(helpdesk: string): string[] {
  return [adapterScript(helpdesk), SIDEBAR_SCRIPT];
}

/** The sidebar's script on pages no adapter knows (entrypoints/page-sidebar.content): the toolbar's page start and remembered sites run it. */
export const PAGE_SIDEBAR_SCRIPT = 'content-scripts/page-sidebar.js';

/** The page-world half of the editor bridge (entrypoints/editor-bridge.ts). */
export const EDITOR_BRIDGE_SCRIPT = 'editor-bridge.js';

/** The isolated-world script that hands the editor bridge its key (entrypoints/editor-key.ts). */
export const EDITOR_KEY_SCRIPT = 'editor-key.js';

/**
 * The manifest's content scripts, for more hosts, in the manifest's order: the editor bridge in
 * the page's world and the content script that hands it its key, both at document_start (the key
 * goes over before any page script runs, to the bridge injected first: see bridge-key.ts), then the
 * sidebar in the isolated world, after its helpdesk's adapter script (provided-adapter.ts; its CSS is fetched into the sidebar's shadow root, entrypoints/helpdesk.content/sidebar-host.ts, web-accessible for
 * http(s) pages in the manifest).
 */
export function helpdeskContentScripts(idBase: string, matches: readonly string[], helpdesk: string | null): ContentScriptRegistration[] {
  return [
    {
      id: `${idBase}#editor-bridge`,
      matches: [...matches],
      js: [EDITOR_BRIDGE_SCRIPT],
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
    {
      id: `${idBase}#editor-key`,
      matches: [...matches],
      js: [EDITOR_KEY_SCRIPT],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
    {
      id: `${idBase}#helpdesk`,
      matches: [...matches],
      // A remembered site (no helpdesk) runs the page sidebar, with the agent's picks.
      js: helpdesk ? helpdeskSidebarScripts(helpdesk) : [PAGE_SIDEBAR_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ];
}

const API_TIMEOUT_MS = 10_000;

/** A browser call that never answers must not hold every later sync behind it. */
export function answered<T>(call: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${API_TIMEOUT_MS / 1000} s`)), API_TIMEOUT_MS);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `sync` after every sync queued before it, whether that one succeeded or not. */
export function serialised<T>(sync: () => Promise<T>): Promise<T> {
  const run = queue.then(sync);
  queue = run.catch(() => undefined);
  return run;
}

export async function registeredScripts(apis: ScriptingApis, prefix: string) {
  const all = await answered(apis.scripting.getRegisteredContentScripts(), 'scripting.getRegisteredContentScripts');
  return all.filter((script) => script.id.startsWith(prefix));
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => !a || (a.length === b.length && a.every((m, i) => m === b[i]));

/**
 * Makes the scripts registered under `prefix` exactly `wanted`: others under the prefix go, and so does
 * one registered with another timing, other hosts or another file (an earlier version ran the editor
 * bridge at document_idle before it needed its key at document_start, and had the key handed over from
 * content-scripts/editor-key.js), to be registered again. Scripts under
 * other prefixes are left alone. Call it inside `serialised`.
 */
export async function registerExactly(apis: ScriptingApis, prefix: string, wanted: readonly ContentScriptRegistration[]): Promise<void> {
  const byId = new Map(wanted.map((script) => [script.id, script]));
  const registered = await registeredScripts(apis, prefix);
  const stale = registered
    .filter((script) => {
      const want = byId.get(script.id);
      return !want || (script.runAt ?? want.runAt) !== want.runAt || !sameList(script.matches, want.matches) || !sameList(script.js, want.js);
    })
    .map((script) => script.id);
  if (stale.length > 0) await answered(apis.scripting.unregisterContentScripts({ ids: stale }), 'scripting.unregisterContentScripts');
  const missing = wanted.filter((script) => !registered.some((r) => r.id === script.id) || stale.includes(script.id));
  for (const script of missing) {
    // One at a time, so one refusal (an id registered a moment ago) doesn't undo the others.
    await answered(apis.scripting.registerContentScripts([script]), 'scripting.registerContentScripts').catch(async (error: unknown) => {
      const now = await answered(apis.scripting.getRegisteredContentScripts({ ids: [script.id] }), 'scripting.getRegisteredContentScripts');
      if (now.length === 0) throw error;
    });
  }
}
