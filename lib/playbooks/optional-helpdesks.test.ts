import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScriptsFor, syncOriginContentScripts } from './helpdesk-origins';
import { HELPDESK_SCRIPT_PREFIX, syncOptionalHelpdeskScripts } from './optional-helpdesks';
import { fakeApis } from './testing/fake-scripting';

// A helpdesk row as a new optional one would be: what registration reads of it.
const desk = { id: 'examplehelp', hosts: ['*.examplehelp.test', 'desk.examplehelp.eu'], permission: 'optional' as const };

beforeEach(() => fakeBrowser.reset());

describe('optional helpdesks', () => {
  it('registers the three scripts on the hosts whose permission is held, however it was granted', async () => {
    const { apis, registered } = fakeApis(['*://*.examplehelp.test/*']);
    expect(await syncOptionalHelpdeskScripts(apis, [desk])).toEqual(['examplehelp']);
    expect([...registered.values()].map((s) => [s.id, s.matches, s.runAt, s.world])).toEqual([
      [`${HELPDESK_SCRIPT_PREFIX}examplehelp#editor-bridge`, ['*://*.examplehelp.test/*'], 'document_start', 'MAIN'],
      [`${HELPDESK_SCRIPT_PREFIX}examplehelp#editor-key`, ['*://*.examplehelp.test/*'], 'document_start', undefined],
      [`${HELPDESK_SCRIPT_PREFIX}examplehelp#helpdesk`, ['*://*.examplehelp.test/*'], 'document_idle', undefined],
    ]);
  });

  it('registers nothing while no host of the helpdesk is held', async () => {
    const { apis, registered } = fakeApis();
    expect(await syncOptionalHelpdeskScripts(apis, [desk])).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('widens the scripts to a second host once granted, and unregisters them when the permission goes', async () => {
    const { apis, granted, registered } = fakeApis(['*://*.examplehelp.test/*']);
    await syncOptionalHelpdeskScripts(apis, [desk]);
    granted.push('*://desk.examplehelp.eu/*');
    await syncOptionalHelpdeskScripts(apis, [desk]);
    expect([...registered.values()].every((s) => s.matches.length === 2)).toBe(true);
    granted.splice(0);
    await syncOptionalHelpdeskScripts(apis, [desk]);
    expect(registered.size).toBe(0);
  });

  it('does not run a helpdesk the policy switched off', async () => {
    await fakeBrowser.storage.managed.set({ enabledHelpdesks: ['zendesk'] });
    const { apis, registered } = fakeApis(['*://*.examplehelp.test/*']);
    expect(await syncOptionalHelpdeskScripts(apis, [desk])).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it("leaves custom origins' scripts alone, and they leave its", async () => {
    const { apis, registered } = fakeApis(['*://*.examplehelp.test/*']);
    const origin = contentScriptsFor({ origin: 'https://support.example.com', helpdesk: 'zendesk' })[0]!;
    await apis.scripting.registerContentScripts([origin]);
    await syncOptionalHelpdeskScripts(apis, [desk]);
    await syncOriginContentScripts(apis);
    expect([...registered.keys()].filter((id) => id.startsWith(HELPDESK_SCRIPT_PREFIX))).toHaveLength(3);
    await syncOptionalHelpdeskScripts(apis, []);
    expect([...registered.keys()].some((id) => id.startsWith(HELPDESK_SCRIPT_PREFIX))).toBe(false);
  });
});
