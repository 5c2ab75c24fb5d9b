import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CHECKLIST } from './checklist';
import { buildSettingsSnapshot } from './settings-snapshot';
import { isSettingsSnapshot, loadSettingsSnapshot, SETTINGS_SNAPSHOT_KEY, settingsForTicket } from './sidebar-settings';

beforeEach(() => fakeBrowser.reset());

describe('the settings snapshot the background publishes', () => {
  it('carries the default playbook and the agent’s own choices when nothing else is set', async () => {
    await fakeBrowser.storage.local.set({
      'listening-prefs': { disabledCategories: ['jargon'], enabledCategories: ['no-next-step'], restatementPrefix: 'To check: ' },
    });
    const snapshot = await buildSettingsSnapshot();
    expect(isSettingsSnapshot(snapshot)).toBe(true);
    expect(snapshot.disabledCategories).toEqual(['jargon']);
    expect(snapshot.enabledCategories).toEqual(['no-next-step']);
    expect(snapshot.restatementPrefix).toBe('To check: ');
    const settings = settingsForTicket(snapshot, { helpdesk: 'zendesk' });
    expect(settings.checklist.map((item) => item.id)).toEqual(DEFAULT_CHECKLIST.map((item) => item.id));
    expect(settings.enabledCategories).toEqual(['no-next-step']);
    expect(settings.enabled).toBe(true);
  });

  it('reads a snapshot from before the absence readings had their own list as all of them off', async () => {
    const { enabledCategories: _, ...older } = await buildSettingsSnapshot();
    expect(isSettingsSnapshot(older)).toBe(true);
    expect(settingsForTicket(older, { helpdesk: 'zendesk' }).enabledCategories).toEqual([]);
    expect(isSettingsSnapshot({ ...older, enabledCategories: ['jargon'] })).toBe(false);
  });

  it("chooses a ticket's checklist by its tags, as the full resolver does", async () => {
    const snapshot = await buildSettingsSnapshot();
    const outage = settingsForTicket(snapshot, { helpdesk: 'zendesk', tags: ['outage'] });
    expect(outage.checklistName).not.toBe(settingsForTicket(snapshot, { helpdesk: 'zendesk' }).checklistName);
  });

  it("leaves the sidebar off for a helpdesk the policy's enabledHelpdesks leaves out", async () => {
    const snapshot = { ...(await buildSettingsSnapshot()), enabledHelpdesks: ['freshdesk'] };
    expect(settingsForTicket(snapshot, { helpdesk: 'zendesk' }).enabled).toBe(false);
    expect(settingsForTicket(snapshot, { helpdesk: 'freshdesk' }).enabled).toBe(true);
  });
});

describe('reading the snapshot in the content script', () => {
  it('gives the defaults before the background has published anything', async () => {
    const settings = settingsForTicket(await loadSettingsSnapshot(), { helpdesk: 'freshdesk' });
    expect(settings.checklist).toEqual(DEFAULT_CHECKLIST);
    expect(settings.disabledCategories).toEqual([]);
    expect(settings.enabledCategories).toEqual([]);
  });

  it("chooses among the built-in playbook's checklists by the ticket's tags, even before anything is published", async () => {
    const outage = settingsForTicket(await loadSettingsSnapshot(), { helpdesk: 'zendesk', tags: ['Outage'] });
    expect(outage.checklistName).toBe('Outage');
    expect(outage.checklist.map((item) => item.id)).toContain('outage-impact');
  });

  it.each([
    ['not an object', 'settings'],
    ['an unknown format', { format: 2 }],
    ['an empty checklist list', { format: 1, checklists: [] }],
  ])('gives the defaults for a snapshot that is %s', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_SNAPSHOT_KEY]: stored });
    expect(settingsForTicket(await loadSettingsSnapshot(), { helpdesk: 'zendesk' }).checklist).toEqual(DEFAULT_CHECKLIST);
  });

  it('refuses a snapshot with an unknown hint category or an item without a label', async () => {
    const good = await buildSettingsSnapshot();
    expect(isSettingsSnapshot({ ...good, disabledCategories: ['everything'] })).toBe(false);
    const broken = structuredClone(good);
    (broken.checklists[0]!.items[0] as { label?: string }).label = undefined;
    expect(isSettingsSnapshot(broken)).toBe(false);
  });
});
