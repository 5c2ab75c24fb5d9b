/**
 * Helpdesks whose hosts are an optional permission (registry rows marked 'optional'): holding the
 * permission is what turning one on means. Whenever the extension holds a helpdesk's host permission,
 * however it was granted (a click in the options page or on the toolbar button, or the browser at
 * install, as IT departments and tests do), that helpdesk's scripts are registered; when the
 * permission goes, so do they. The background syncs at startup and on every permission change.
 */
import { HELPDESKS, hostMatchPatterns, type HelpdeskDefinition } from '../adapters/registry';
import { loadPolicy, policyAllowsHelpdesk } from './policy';
import { answered, helpdeskContentScripts, registerExactly, serialised, type ScriptingApis } from './registered-scripts';

/** Ids of the scripts this module registers start with this, then the helpdesk's id. */
export const HELPDESK_SCRIPT_PREFIX = 'lf-helpdesk:';

type OptionalHelpdesk = Pick<HelpdeskDefinition, 'id' | 'hosts' | 'permission'>;

const OPTIONAL_HELPDESKS: readonly OptionalHelpdesk[] = (HELPDESKS as readonly HelpdeskDefinition[]).filter((row) => row.permission === 'optional');

/** The scripts for one helpdesk, on those of its hosts the extension holds (a helpdesk may serve several). */
export function optionalHelpdeskScripts(helpdesk: OptionalHelpdesk, grantedPatterns: readonly string[]) {
  return helpdeskContentScripts(`${HELPDESK_SCRIPT_PREFIX}${helpdesk.id}`, grantedPatterns, helpdesk.id);
}

/** Which optional helpdesks the extension holds a host of, with those hosts' patterns. */
async function heldHelpdesks(apis: ScriptingApis, helpdesks: readonly OptionalHelpdesk[]) {
  const held = await Promise.all(
    helpdesks.map(async (helpdesk) => {
      const patterns = hostMatchPatterns(helpdesk);
      const granted = await Promise.all(
        patterns.map((pattern) => answered(apis.permissions.contains({ origins: [pattern] }), 'permissions.contains').catch(() => false)),
      );
      return { helpdesk, patterns: patterns.filter((_, index) => granted[index]) };
    }),
  );
  return held.filter((entry) => entry.patterns.length > 0);
}

/**
 * Registers the scripts of every optional helpdesk whose host permission the extension holds (and
 * that a policy has not switched off), and unregisters the rest. Idempotent and serialised; returns
 * the ids of the helpdesks now running.
 */
export function syncOptionalHelpdeskScripts(
  apis: ScriptingApis = browser as unknown as ScriptingApis,
  helpdesks: readonly OptionalHelpdesk[] = OPTIONAL_HELPDESKS,
): Promise<string[]> {
  return serialised(async () => {
    const { policy } = await loadPolicy();
    const allowed = helpdesks.filter((helpdesk) => policyAllowsHelpdesk(policy, helpdesk.id));
    const held = await heldHelpdesks(apis, allowed);
    await registerExactly(apis, HELPDESK_SCRIPT_PREFIX, held.flatMap(({ helpdesk, patterns }) => optionalHelpdeskScripts(helpdesk, patterns)));
    return held.map(({ helpdesk }) => helpdesk.id);
  });
}
