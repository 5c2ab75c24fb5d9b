import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PLAYBOOK } from '../playbooks/default-playbook';
import { syncOriginContentScripts } from '../playbooks/helpdesk-origins';
import { TEAM_PLAYBOOK_KEY } from '../playbooks/team-playbook-store';
import { fakeApis } from '../playbooks/testing/fake-scripting';
import { pageSiteOrigins, pageSiteParameters } from './page-mode';
import { listRememberedSites, REMEMBERED_SITES_KEY, rememberSite, SITE_SCRIPT_PREFIX, syncRememberedSites } from './remembered-sites';

beforeEach(() => fakeBrowser.reset());

const teamPlaybook = (sites: unknown) => ({
  [TEAM_PLAYBOOK_KEY]: { playbook: { ...DEFAULT_PLAYBOOK, sites }, source: { kind: 'file', fileName: 'team.json', at: 1 } },
});

describe('remembered sites', () => {
  it("lists the team playbook's sites first, then the agent's, each once", async () => {
    await fakeBrowser.storage.local.set(teamPlaybook([{ origin: 'https://crm.example.com', ticketParameter: 'case' }]));
    await rememberSite('https://crm.example.com');
    await rememberSite('https://desk.example.org');
    expect(await listRememberedSites()).toEqual([
      { origin: 'https://crm.example.com', from: 'team', ticketParameter: 'case' },
      { origin: 'https://desk.example.org', from: 'agent', ticketParameter: null },
    ]);
  });

  it('drops stored entries that are no single site', async () => {
    await fakeBrowser.storage.local.set({ [REMEMBERED_SITES_KEY]: ['https://*.example.com', 'http://crm.example.com', 'co.uk', 42, 'https://crm.example.com'] });
    expect((await listRememberedSites()).map((site) => site.origin)).toEqual(['https://crm.example.com']);
  });

  it("registers the sidebar's scripts at document_start only where the permission is held, and tells the sidebar which sites are its", async () => {
    await fakeBrowser.storage.local.set(teamPlaybook([{ origin: 'https://crm.example.com', ticketParameter: 'case' }]));
    await rememberSite('https://desk.example.org');
    const { apis, registered, granted } = fakeApis(['https://desk.example.org/*']);
    expect(await syncRememberedSites(apis)).toEqual(['https://desk.example.org']);
    expect([...registered.values()].map((s) => [s.id, s.matches, s.runAt, s.world])).toEqual([
      [`${SITE_SCRIPT_PREFIX}https://desk.example.org/*#editor-bridge`, ['https://desk.example.org/*'], 'document_start', 'MAIN'],
      [`${SITE_SCRIPT_PREFIX}https://desk.example.org/*#editor-key`, ['https://desk.example.org/*'], 'document_start', undefined],
      [`${SITE_SCRIPT_PREFIX}https://desk.example.org/*#helpdesk`, ['https://desk.example.org/*'], 'document_idle', undefined],
    ]);
    expect(await pageSiteOrigins.get()).toEqual(['https://crm.example.com', 'https://desk.example.org']);
    expect(await pageSiteParameters.get()).toEqual({ 'https://crm.example.com': 'case' });
    // The permission goes (removed on the options page, or in the browser's site settings): so do the scripts.
    granted.splice(0);
    await syncRememberedSites(apis);
    expect(registered.size).toBe(0);
  });

  it("leaves the helpdesk origins' scripts alone, and they leave its", async () => {
    await rememberSite('https://desk.example.org');
    const { apis, registered } = fakeApis(['https://desk.example.org/*']);
    await syncRememberedSites(apis);
    await syncOriginContentScripts(apis);
    expect(registered.size).toBe(3);
  });
});
