import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkHelpdeskOrigin, originMatchPattern } from './helpdesk-origin';
import { POLICY_LAST_GOOD_KEY } from './policy';
import {
  addAgentOrigin,
  contentScriptsFor,
  helpdeskForOrigin,
  listHelpdeskOrigins,
  listRememberedHelpdeskOrigins,
  originScriptStatus,
  removeAgentOrigin,
  syncOriginContentScripts,
} from './helpdesk-origins';
import { saveLocalTeamPlaybook } from './team-playbook-store';
import { fakeApis } from './testing/fake-scripting';

beforeEach(() => fakeBrowser.reset());

const SCRIPTS_PER_ORIGIN = contentScriptsFor({ origin: 'https://any.example', helpdesk: 'zendesk' }).length;

describe('helpdesk origins typed by an agent', () => {
  it.each([
    ['https://support.example.com', { ok: true, origin: 'https://support.example.com' }],
    ['support.example.com/agent/tickets/12', { ok: true, origin: 'https://support.example.com' }],
    ['  HTTPS://Support.Example.com:8443/  ', { ok: true, origin: 'https://support.example.com:8443' }],
    ['http://localhost:3000', { ok: true, origin: 'http://localhost:3000' }],
    ['', { ok: false, code: 'invalid', error: expect.stringContaining('got nothing') }],
    ['intranet', { ok: false, code: 'invalid', error: 'expected a full host name like support.example.com, got "intranet"' }],
    ['ftp://support.example.com', { ok: false, code: 'invalid', error: 'expected an http or https address, got a ftp address' }],
    ['https://admin:pw@support.example.com', { ok: false, code: 'invalid', error: expect.stringContaining('user name or password') }],
    ['https://acme.zendesk.com', { ok: false, code: 'invalid', error: 'acme.zendesk.com is already supported; no need to add it' }],
    ['https://acme.freshdesk.com', { ok: false, code: 'invalid', error: 'acme.freshdesk.com is already supported; no need to add it' }],
    ['http://127.0.0.2:8080', { ok: true, origin: 'http://127.0.0.2:8080' }],
    ['http://[::1]:3000', { ok: true, origin: 'http://[::1]:3000' }],
    ['https://10.0.0.5', { ok: true, origin: 'https://10.0.0.5' }],
    ['https://acme.github.io', { ok: true, origin: 'https://acme.github.io' }],
    ['*.com', { ok: false, code: 'invalid', error: expect.stringMatching(/^a wildcard \(\*\) stands for many sites, got "\*\.com"/) }],
    ['https://*.example.com', { ok: false, code: 'invalid', error: expect.stringMatching(/^a wildcard \(\*\) stands for many sites, got "\*\.example\.com"/) }],
    ['co.uk', { ok: false, code: 'invalid', error: 'co.uk is a public suffix that many unrelated sites share; give one site\'s full host name, like support.co.uk' }],
    ['https://github.io', { ok: false, code: 'invalid', error: expect.stringMatching(/^github\.io is a public suffix/) }],
    ['http://support.example.com', { ok: false, code: 'invalid', error: expect.stringMatching(/^expected https for support\.example\.com: over plain http anyone on the network/) }],
    ['http://10.0.0.5', { ok: false, code: 'invalid', error: expect.stringMatching(/^expected https for 10\.0\.0\.5/) }],
    ['http://localhost.example.com', { ok: false, code: 'invalid', error: expect.stringMatching(/^expected https for localhost\.example\.com/) }],
  ])('reads %j', (input, expected) => {
    expect(checkHelpdeskOrigin(input)).toEqual(expected);
  });

  it('asks for permission on the host, for any port', () => {
    expect(originMatchPattern('https://support.example.com:8443')).toBe('https://support.example.com/*');
  });
});

describe('the list of origins', () => {
  it("puts the policy's first, lets them win a clash, and leaves the agent's out when locked", async () => {
    await addAgentOrigin({ origin: 'https://help.example.org', helpdesk: 'freshdesk' });
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'freshdesk' });
    await fakeBrowser.storage.managed.set({ helpdeskOrigins: [{ origin: 'https://support.example.com', helpdesk: 'zendesk' }] });
    expect(await listHelpdeskOrigins()).toEqual([
      { origin: 'https://support.example.com', helpdesk: 'zendesk', from: 'policy' },
      { origin: 'https://help.example.org', helpdesk: 'freshdesk', from: 'agent' },
    ]);
    await fakeBrowser.storage.managed.set({ locked: { helpdeskOrigins: true } });
    expect((await listHelpdeskOrigins()).map((o) => o.from)).toEqual(['policy']);
  });

  it('drops a wildcard or public suffix an earlier version stored, and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      'helpdesk-origins': [
        { origin: 'https://*.example.com', helpdesk: 'zendesk' },
        { origin: 'https://co.uk', helpdesk: 'zendesk' },
        { origin: 'http://support.example.net', helpdesk: 'zendesk' },
        { origin: 'https://help.example.org', helpdesk: 'freshdesk' },
      ],
    });
    expect(await listHelpdeskOrigins()).toEqual([{ origin: 'https://help.example.org', helpdesk: 'freshdesk', from: 'agent' }]);
  });

  it("lists the remembered policy's origins and the agent's from storage.local alone, for the sender check", async () => {
    await addAgentOrigin({ origin: 'https://help.example.org', helpdesk: 'freshdesk' });
    await fakeBrowser.storage.local.set({ [POLICY_LAST_GOOD_KEY]: { helpdeskOrigins: [{ origin: 'https://support.example.com', helpdesk: 'zendesk' }] } });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    expect(await listRememberedHelpdeskOrigins()).toEqual([
      { origin: 'https://support.example.com', helpdesk: 'zendesk', from: 'policy' },
      { origin: 'https://help.example.org', helpdesk: 'freshdesk', from: 'agent' },
    ]);
    expect(managed).not.toHaveBeenCalled();
  });

  it('tells the content script which helpdesk runs on a custom origin', async () => {
    await addAgentOrigin({ origin: 'https://help.example.org', helpdesk: 'freshdesk' });
    expect(await helpdeskForOrigin('https://help.example.org')).toBe('freshdesk');
    expect(await helpdeskForOrigin('https://elsewhere.example.org')).toBeNull();
  });
});

describe('registering content scripts on custom origins', () => {
  it('registers the scripts, the editor bridge in the page world before the key is handed over, once the permission is granted', async () => {
    const { apis, granted, registered } = fakeApis();
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    expect(await syncOriginContentScripts(apis)).toEqual({ active: [], needsPermission: ['https://support.example.com'] });
    expect(registered.size).toBe(0);

    granted.push('https://support.example.com/*');
    expect(await syncOriginContentScripts(apis)).toEqual({ active: ['https://support.example.com'], needsPermission: [] });
    expect([...registered.values()]).toEqual(contentScriptsFor({ origin: 'https://support.example.com', helpdesk: 'zendesk' }));
    expect([...registered.values()].map((s) => [s.js, s.world ?? 'ISOLATED', s.runAt, s.matches[0]])).toEqual([
      [['editor-bridge.js'], 'MAIN', 'document_start', 'https://support.example.com/*'],
      [['editor-key.js'], 'ISOLATED', 'document_start', 'https://support.example.com/*'],
      // Only the origin's helpdesk's adapter, before the sidebar that takes it.
      [['adapters/zendesk.js', 'content-scripts/helpdesk.js'], 'ISOLATED', 'document_idle', 'https://support.example.com/*'],
    ]);
  });

  it('registers again a bridge an earlier version registered at document_idle', async () => {
    const { apis, registered } = fakeApis(['https://support.example.com/*']);
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    const [bridge] = contentScriptsFor({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    registered.set(bridge!.id, { ...bridge!, runAt: 'document_idle' });
    await syncOriginContentScripts(apis);
    expect(registered.get(bridge!.id)?.runAt).toBe('document_start');
    expect(registered.size).toBe(SCRIPTS_PER_ORIGIN);
  });

  it('registers again a script an earlier version registered from another file (the key hand-over moved)', async () => {
    const { apis, registered } = fakeApis(['https://support.example.com/*']);
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    const [, key] = contentScriptsFor({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    registered.set(key!.id, { ...key!, js: ['content-scripts/editor-key.js'] });
    await syncOriginContentScripts(apis);
    expect(registered.get(key!.id)?.js).toEqual(['editor-key.js']);
    expect(registered.size).toBe(SCRIPTS_PER_ORIGIN);
  });

  it('unregisters when the origin is removed or its permission is taken back', async () => {
    const { apis, granted, registered } = fakeApis(['https://support.example.com/*', 'https://help.example.org/*']);
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    await addAgentOrigin({ origin: 'https://help.example.org', helpdesk: 'freshdesk' });
    await syncOriginContentScripts(apis);
    expect(registered.size).toBe(2 * SCRIPTS_PER_ORIGIN);

    await removeAgentOrigin('https://support.example.com');
    await syncOriginContentScripts(apis);
    expect([...registered.keys()].every((id) => id.includes('help.example.org'))).toBe(true);

    granted.length = 0;
    await syncOriginContentScripts(apis);
    expect(registered.size).toBe(0);
  });

  it("does not register on a helpdesk the policy switched off, and leaves others' scripts alone", async () => {
    const { apis, registered } = fakeApis(['https://support.example.com/*']);
    registered.set('someone-else', { id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'], runAt: 'document_idle', persistAcrossSessions: true });
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    await fakeBrowser.storage.managed.set({ enabledHelpdesks: ['freshdesk'] });
    await syncOriginContentScripts(apis);
    expect([...registered.keys()]).toEqual(['someone-else']);
  });

  it('tells the options page which origins run, which start, and which wait for the agent', async () => {
    const { apis, granted } = fakeApis(['https://support.example.com/*']);
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    await addAgentOrigin({ origin: 'https://help.example.org', helpdesk: 'freshdesk' });
    expect(await originScriptStatus(apis)).toEqual({ active: [], starting: ['https://support.example.com'], needsPermission: ['https://help.example.org'] });
    await syncOriginContentScripts(apis);
    granted.push('https://help.example.org/*');
    expect(await originScriptStatus(apis)).toEqual({ active: ['https://support.example.com'], starting: ['https://help.example.org'], needsPermission: [] });
  });

  it('gives up on a browser call that never answers, so later syncs still run', async () => {
    vi.useFakeTimers();
    const { apis, registered } = fakeApis(['https://support.example.com/*']);
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    const register = apis.scripting.registerContentScripts;
    apis.scripting.registerContentScripts = () => new Promise(() => undefined);
    const stuck = syncOriginContentScripts(apis).catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(10_001);
    expect(await stuck).toBe('scripting.registerContentScripts did not answer within 10 s');
    apis.scripting.registerContentScripts = register;
    vi.useRealTimers();
    await syncOriginContentScripts(apis);
    expect(registered.size).toBe(SCRIPTS_PER_ORIGIN);
  });

  it('is idempotent when two pages sync at once', async () => {
    const { apis, registered } = fakeApis(['https://support.example.com/*']);
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    await Promise.all([syncOriginContentScripts(apis), syncOriginContentScripts(apis), syncOriginContentScripts(apis)]);
    expect(registered.size).toBe(SCRIPTS_PER_ORIGIN);
  });
});

describe("a team playbook's helpdesk origins (a self-hosted osTicket for the whole team)", () => {
  const teamPlaybook = (helpdeskOrigins: unknown) => ({ version: 1, name: 'Support team', checklists: [{ id: 'everyday', name: 'Checklist', items: [{ id: 'listen', label: 'Listen' }] }], helpdeskOrigins });

  it('offers them to every agent, after the policy and before the agent, and registers each once its permission is there', async () => {
    const read = await saveLocalTeamPlaybook(teamPlaybook([{ origin: 'https://tickets.example.org', helpdesk: 'osticket' }]), { kind: 'file', fileName: 'team.json', at: 1 });
    expect(read.ok).toBe(true);
    await addAgentOrigin({ origin: 'https://tickets.example.org', helpdesk: 'zendesk' });
    await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
    expect(await listHelpdeskOrigins()).toEqual([
      { origin: 'https://tickets.example.org', helpdesk: 'osticket', from: 'team' },
      { origin: 'https://support.example.com', helpdesk: 'zendesk', from: 'agent' },
    ]);
    // The sender check reads the same list.
    expect((await listRememberedHelpdeskOrigins()).map((o) => o.from)).toEqual(['team', 'agent']);

    const { apis, granted, registered } = fakeApis();
    expect(await syncOriginContentScripts(apis)).toEqual({ active: [], needsPermission: ['https://tickets.example.org', 'https://support.example.com'] });
    granted.push('https://tickets.example.org/*');
    expect((await syncOriginContentScripts(apis)).active).toEqual(['https://tickets.example.org']);
    expect([...registered.values()].at(-1)?.js).toEqual(['adapters/osticket.js', 'content-scripts/helpdesk.js']);
  });

  it('is refused, field and reason named, when an origin is not a single site', async () => {
    const read = await saveLocalTeamPlaybook(teamPlaybook([{ origin: 'https://*.example.org', helpdesk: 'osticket' }]), { kind: 'file', fileName: 'team.json', at: 1 });
    expect(read.ok).toBe(false);
    expect(JSON.stringify(read)).toContain('helpdeskOrigins');
    expect(JSON.stringify(read)).toContain('a wildcard (*) stands for many sites');
    expect(await listHelpdeskOrigins()).toEqual([]);
  });

  it('adds nothing when a policy locks the list', async () => {
    await fakeBrowser.storage.managed.set({ locked: { helpdeskOrigins: true } });
    await saveLocalTeamPlaybook(teamPlaybook([{ origin: 'https://tickets.example.org', helpdesk: 'osticket' }]), { kind: 'file', fileName: 'team.json', at: 1 });
    expect(await listHelpdeskOrigins()).toEqual([]);
  });
});
