import type { ContentScriptRegistration, ScriptingApis } from '../registered-scripts';

/** The browser's permission store and registered scripts, as far as registration can see them. */
export function fakeApis(granted: string[] = []) {
  const registered = new Map<string, ContentScriptRegistration>();
  const apis: ScriptingApis = {
    permissions: { contains: async ({ origins }) => origins.every((origin) => granted.includes(origin)) },
    scripting: {
      getRegisteredContentScripts: async (filter) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => registered.delete(id)),
    },
  };
  return { apis, granted, registered };
}
