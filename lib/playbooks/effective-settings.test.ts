import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LISTENING_PREFS, saveListeningPrefs } from '../settings/listening-prefs';
import { acceptTeamRetentionDays, saveAgentRetentionDays } from './retention-setting';
import { DEFAULT_CHECKLIST } from './checklist';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import type { TicketContext } from './choose-checklist';
import { loadSettingsLayers, resolveSettings } from './effective-settings';
import { loadRetentionDays } from './index';
import type { Playbook } from './playbook-schema';
import { POLICY_LAST_GOOD_KEY, rememberGoodPolicy } from './policy';
import { buildSettingsSnapshot, publishSettingsSnapshot } from './settings-snapshot';
import { SETTINGS_SNAPSHOT_KEY, settingsForTicket } from './sidebar-settings';
import { SUBSCRIPTION_KEY } from './subscription';
import { saveLocalTeamPlaybook, TEAM_PLAYBOOK_KEY } from './team-playbook-store';

let lifetime: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  lifetime = new AbortController();
});
afterEach(() => lifetime.abort());

const zendesk = { helpdesk: 'zendesk' } as const;

/**
 * What one ticket gets, the way the product gets it: the background resolves the layers into the
 * published snapshot, and the sidebar picks the ticket's checklist from it.
 */
async function loadEffectiveSettings(context: TicketContext) {
  const snapshot = await buildSettingsSnapshot();
  const forTicket = settingsForTicket(snapshot, context);
  return {
    ...forTicket,
    retentionDays: snapshot.retentionDays,
    locked: snapshot.locked,
    playbook: { name: snapshot.playbook.name, checklistName: forTicket.checklistName, source: snapshot.playbook.source },
  };
}

function playbook(name: string, overrides: Partial<Playbook> = {}): Playbook {
  return {
    version: 1,
    name,
    checklists: [{ id: 'main', name: `${name} checklist`, items: [{ id: `${name.toLowerCase()}-item`, label: `${name}'s item` }] }],
    ...overrides,
  };
}

async function setAgentPrefs(prefs: Partial<{ disabledCategories: ('jargon' | 'shouting' | 'blame')[]; restatementPrefix: string; retentionDays: number }>) {
  const { retentionDays, ...listening } = prefs;
  await saveListeningPrefs({ disabledCategories: [], enabledCategories: [], restatementPrefix: 'Mine: ', ...listening });
  if (retentionDays !== undefined) await saveAgentRetentionDays(retentionDays);
}

describe('effective settings', () => {
  it('are the defaults for an agent who changed nothing', async () => {
    const settings = await loadEffectiveSettings(zendesk);
    expect(settings).toMatchObject({
      checklist: DEFAULT_CHECKLIST,
      // Every category on; no-next-step's absence reading is off until someone turns it on (OFF_BY_DEFAULT).
      disabledCategories: [],
      enabledCategories: [],
      termPairs: [],
      jargon: [],
      restatementPrefix: "Just to make sure I've understood: ",
      retentionDays: 30,
      enabled: true,
      playbook: { name: 'ListenFirst default', checklistName: 'Listening checklist', source: 'default' },
    });
    expect(Object.values(settings.locked).some(Boolean)).toBe(false);
  });

  it("use the agent's own choices where no team playbook or policy speaks", async () => {
    await setAgentPrefs({ disabledCategories: ['jargon'], restatementPrefix: 'So: ', retentionDays: 7 });
    expect(await loadEffectiveSettings(zendesk)).toMatchObject({ disabledCategories: ['jargon'], enabledCategories: [], restatementPrefix: 'So: ', retentionDays: 7 });
  });

  it("let the team playbook's checklist, vocabulary and explicit choices win over the agent's", async () => {
    await setAgentPrefs({ disabledCategories: ['jargon', 'shouting'], restatementPrefix: 'So: ', retentionDays: 7 });
    await saveLocalTeamPlaybook(
      playbook('Team', {
        hintCategories: { jargon: true, blame: false },
        vocabulary: { termPairs: [{ customer: 'account', ours: 'workspace' }], jargon: ['SLA'] },
        restatementPrefix: 'To check I follow: ',
      }),
      { kind: 'file', fileName: 'team.json', at: 1 },
    );
    const settings = await loadEffectiveSettings(zendesk);
    expect(settings.checklist.map((item) => item.id)).toEqual(['team-item']);
    // jargon: the team switched it on; shouting: the team is silent, so the agent's "off" stands.
    expect(settings.disabledCategories).toEqual(['blame', 'shouting']);
    expect(settings.termPairs).toEqual([{ customer: 'account', ours: 'workspace' }]);
    expect(settings.jargon).toEqual(['SLA']);
    expect(settings.restatementPrefix).toBe('To check I follow: ');
    expect(settings.retentionDays).toBe(7);
    expect(settings.playbook.source).toBe('file');
    expect(settings.locked.restatementPrefix).toBe(false);
  });

  it('turn on an absence reading that is off by default: by the agent, or for the whole team by its playbook', async () => {
    const readings = async () => {
      const { disabledCategories, enabledCategories } = await loadEffectiveSettings(zendesk);
      return { disabledCategories, enabledCategories };
    };
    await saveListeningPrefs({ ...DEFAULT_LISTENING_PREFS, enabledCategories: ['no-next-step'] });
    expect(await readings()).toEqual({ disabledCategories: [], enabledCategories: ['no-next-step'] });
    await saveListeningPrefs(DEFAULT_LISTENING_PREFS);
    expect(await readings()).toEqual({ disabledCategories: [], enabledCategories: [] });
    // A playbook's "on" means all of it (before the twentieth pass the absence reading was the category); its "off", none.
    await saveLocalTeamPlaybook(playbook('Team', { hintCategories: { 'no-next-step': true } }), { kind: 'edited', at: 1 });
    expect(await readings()).toEqual({ disabledCategories: [], enabledCategories: ['no-next-step'] });
    await saveLocalTeamPlaybook(playbook('Team', { hintCategories: { 'no-next-step': false } }), { kind: 'edited', at: 2 });
    expect(await readings()).toEqual({ disabledCategories: ['no-next-step'], enabledCategories: [] });
  });

  it('use a subscribed playbook over an imported one', async () => {
    await saveLocalTeamPlaybook(playbook('Imported'), { kind: 'file', fileName: 'a.json', at: 1 });
    await fakeBrowser.storage.local.set({
      [SUBSCRIPTION_KEY]: { url: 'https://intranet.example.com/p.json', since: 1, lastGood: { playbook: playbook('Subscribed'), fetchedAt: 2 }, lastAttempt: { at: 2, problems: [] } },
    });
    expect((await loadEffectiveSettings(zendesk)).playbook).toEqual({ name: 'Subscribed', checklistName: 'Subscribed checklist', source: 'subscription' });
  });

  it("let a policy win over everything, and lock what it sets", async () => {
    await setAgentPrefs({ disabledCategories: ['shouting'], retentionDays: 7 });
    await saveLocalTeamPlaybook(playbook('Team', { hintCategories: { shouting: true } }), { kind: 'edited', at: 1 });
    await fakeBrowser.storage.managed.set({
      playbook: playbook('Org', { hintCategories: { shouting: false, jargon: false }, restatementPrefix: 'Org: ' }),
      retentionDays: 90,
    });
    const settings = await loadEffectiveSettings(zendesk);
    expect(settings.checklist.map((item) => item.id)).toEqual(['org-item']);
    expect(settings.disabledCategories).toEqual(['jargon', 'shouting']);
    expect(settings).toMatchObject({ restatementPrefix: 'Org: ', retentionDays: 90, playbook: { source: 'policy' } });
    expect(settings.locked).toMatchObject({
      playbook: true,
      restatementPrefix: true,
      retentionDays: true,
      'hintCategories.jargon': true,
      'hintCategories.shouting': true,
      'hintCategories.blame': false,
      hintCategories: false,
      helpdeskOrigins: false,
    });
  });

  it("lock a setting without a value: the agent's choice gives way to the team's or the default", async () => {
    await setAgentPrefs({ disabledCategories: ['jargon'], restatementPrefix: 'So: ', retentionDays: 7 });
    await fakeBrowser.storage.managed.set({ locked: { hintCategories: true, restatementPrefix: true } });
    const settings = await loadEffectiveSettings(zendesk);
    expect(settings.disabledCategories).toEqual([]);
    expect(settings.enabledCategories).toEqual([]);
    expect(settings.restatementPrefix).toBe("Just to make sure I've understood: ");
    expect(settings.retentionDays).toBe(7);
    expect(settings.locked).toMatchObject({ hintCategories: true, 'hintCategories.jargon': true, restatementPrefix: true, retentionDays: false });
  });

  it('switch the sidebar off on a helpdesk the policy leaves out', async () => {
    await fakeBrowser.storage.managed.set({ enabledHelpdesks: ['freshdesk'] });
    expect((await loadEffectiveSettings(zendesk)).enabled).toBe(false);
    expect((await loadEffectiveSettings({ helpdesk: 'freshdesk' })).enabled).toBe(true);
  });

  it('choose the checklist by the ticket’s tags', async () => {
    expect((await loadEffectiveSettings({ helpdesk: 'freshdesk', tags: ['incident'] })).playbook.checklistName).toBe('Outage');
  });

  it('keep the last good policy when the deployed one turns invalid', async () => {
    await fakeBrowser.storage.managed.set({ playbook: playbook('Org') });
    await rememberGoodPolicy();
    await fakeBrowser.storage.managed.set({ playbook: { ...playbook('Org'), checklists: 'all of them' } });
    expect((await loadEffectiveSettings(zendesk)).playbook).toMatchObject({ name: 'Org', source: 'policy' });
  });

  it('keep the last good team playbook when the stored one no longer passes', async () => {
    await saveLocalTeamPlaybook(playbook('Team'), { kind: 'edited', at: 1 });
    expect((await loadEffectiveSettings(zendesk)).playbook.name).toBe('Team');
    await fakeBrowser.storage.local.set({ [TEAM_PLAYBOOK_KEY]: { playbook: { version: 9 }, source: { kind: 'edited', at: 2 } } });
    expect((await loadEffectiveSettings(zendesk)).playbook.name).toBe('Team');
  });

  it('keep the last good layers when storage fails, rather than throw', async () => {
    await saveLocalTeamPlaybook(playbook('Team'), { kind: 'edited', at: 1 });
    await loadSettingsLayers();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    expect(resolveSettings(await loadSettingsLayers()).activePlaybook.name).toBe('Team');
  });

  it.each([[0], [7.5], ['30'], [null], [10_000]])("read a stored retention of %j as the drafts' default 30 days", async (stored) => {
    await fakeBrowser.storage.local.set({ 'retention-days': stored });
    expect(await loadRetentionDays()).toBe(30);
  });

  it('give the drafts their retention period', async () => {
    await setAgentPrefs({ retentionDays: 3 });
    expect(await loadRetentionDays()).toBe(3);
    await fakeBrowser.storage.managed.set({ retentionDays: 60 });
    expect(await loadRetentionDays()).toBe(60);
  });

  it('keep drafts as long as the agent agreed until they confirm a subscribed playbook that shortens it', async () => {
    const subscribed = (retentionDays: number) =>
      fakeBrowser.storage.local.set({
        [SUBSCRIPTION_KEY]: { url: 'https://intranet.example.com/p.json', since: 1, lastGood: { playbook: playbook('Subscribed', { retentionDays }), fetchedAt: 2 }, lastAttempt: { at: 2, problems: [] } },
      });
    const pending = async () => resolveSettings(await loadSettingsLayers()).pendingTeamRetentionDays;
    await subscribed(1);
    expect(await loadRetentionDays()).toBe(30);
    expect(await pending()).toBe(1);

    await acceptTeamRetentionDays(1);
    expect(await loadRetentionDays()).toBe(1);
    expect(await pending()).toBeNull();

    // The team goes back to 14: longer than what was agreed, so it applies at once.
    await subscribed(14);
    expect(await loadRetentionDays()).toBe(14);
    expect(await pending()).toBeNull();
  });

  it('keep the shorter value an agent confirmed while the team asks for shorter still', async () => {
    await saveLocalTeamPlaybook(playbook('Team', { retentionDays: 14 }), { kind: 'file', fileName: 'team.json', at: 1 });
    await acceptTeamRetentionDays(14);
    await saveLocalTeamPlaybook(playbook('Team', { retentionDays: 7 }), { kind: 'file', fileName: 'team.json', at: 2 });
    expect(await loadRetentionDays()).toBe(14);
    expect(resolveSettings(await loadSettingsLayers())).toMatchObject({ retentionDays: { value: 14, origin: 'team' }, pendingTeamRetentionDays: 7 });
  });

  it("apply a team playbook's longer retention without asking", async () => {
    await setAgentPrefs({ retentionDays: 7 });
    await saveLocalTeamPlaybook(playbook('Team', { retentionDays: 90 }), { kind: 'file', fileName: 'team.json', at: 1 });
    expect(await loadRetentionDays()).toBe(90);
  });

  it('ignore an imported playbook while the policy gives one, and say the default is not in use', async () => {
    await saveLocalTeamPlaybook(DEFAULT_PLAYBOOK, { kind: 'file', fileName: 'default.json', at: 1 });
    await fakeBrowser.storage.managed.set({ playbook: playbook('Org') });
    expect((await loadEffectiveSettings(zendesk)).playbook.name).toBe('Org');
  });
});

describe('publishing the settings for content scripts', () => {
  const published = async () => ((await fakeBrowser.storage.local.get(SETTINGS_SNAPSHOT_KEY))[SETTINGS_SNAPSHOT_KEY] ?? null) as { playbook: { name: string }; restatementPrefix: string } | null;

  it('publishes again when a policy, a subscription or the agent changes something, not for unrelated storage', async () => {
    publishSettingsSnapshot(() => undefined, lifetime.signal);
    await vi.waitFor(async () => expect((await published())?.playbook.name).toBe('ListenFirst default'));
    await fakeBrowser.storage.managed.set({ playbook: playbook('Org') });
    await vi.waitFor(async () => expect((await published())?.playbook.name).toBe('Org'));
    await setAgentPrefs({ restatementPrefix: 'So: ' });
    await vi.waitFor(async () => expect((await published())?.restatementPrefix).toBe('So: '));
    const setSpy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await fakeBrowser.storage.local.set({ 'sidebar-prefs:zendesk': { collapsed: true } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(setSpy.mock.calls.filter(([items]) => SETTINGS_SNAPSHOT_KEY in items)).toEqual([]);
  });

  it('publishes from the policy last read while managed storage does not answer, and goes on publishing changes', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_LAST_GOOD_KEY]: { playbook: playbook('Org') } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined));
    publishSettingsSnapshot(() => undefined, lifetime.signal);
    await vi.waitFor(async () => expect((await published())?.playbook.name).toBe('Org'));
    await setAgentPrefs({ restatementPrefix: 'So: ' });
    await vi.waitFor(async () => expect((await published())?.restatementPrefix).toBe('So: '));
  });

  it('never lets the policy as last read overwrite the snapshot managed storage gave, however late the first write lands', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_LAST_GOOD_KEY]: { playbook: playbook('Old') } });
    await fakeBrowser.storage.managed.set({ playbook: playbook('New') });
    // Managed storage answers late (as Chromium's does at browser start), and the first snapshot
    // written (from the policy as last read) takes long to land.
    const gate = () => {
      let open = () => undefined as void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    const managedAnswers = gate();
    const firstWriteLands = gate();
    const managedGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (keys) => {
      await managedAnswers.opened;
      return managedGet(keys);
    });
    const localSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let snapshotWrites = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (SETTINGS_SNAPSHOT_KEY in items && ++snapshotWrites === 1) await firstWriteLands.opened;
      return localSet(items);
    });
    publishSettingsSnapshot(() => undefined, lifetime.signal);
    await vi.waitFor(() => expect(snapshotWrites).toBe(1));
    managedAnswers.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    firstWriteLands.open();
    await vi.waitFor(() => expect(snapshotWrites).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await published())?.playbook.name).toBe('New');
  });

  it('writes nothing but the snapshot when the policy changes: drafts and every other stored thing stay as they were', async () => {
    publishSettingsSnapshot(() => undefined, lifetime.signal);
    await vi.waitFor(async () => expect(await published()).not.toBeNull());
    const setSpy = vi.spyOn(fakeBrowser.storage.local, 'set');
    const removeSpy = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await fakeBrowser.storage.managed.set({ retentionDays: 5, playbook: playbook('Org') });
    await vi.waitFor(async () => expect((await published())?.playbook.name).toBe('Org'));
    expect(setSpy.mock.calls.flatMap(([items]) => Object.keys(items))).toEqual([SETTINGS_SNAPSHOT_KEY]);
    expect(removeSpy).not.toHaveBeenCalled();
  });
});
