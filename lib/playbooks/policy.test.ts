import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { loadPolicy, POLICY_LAST_GOOD_KEY, readPolicy, rememberGoodPolicy } from './policy';

beforeEach(() => fakeBrowser.reset());

const orgPlaybook = { ...DEFAULT_PLAYBOOK, name: 'Acme IT' };

describe('reading a browser policy', () => {
  it('takes every valid key', () => {
    const raw = {
      playbook: orgPlaybook,
      locked: { hintCategories: true },
      retentionDays: 14,
      enabledHelpdesks: ['zendesk'],
      helpdeskOrigins: [{ origin: 'https://support.example.com', helpdesk: 'zendesk' }],
    };
    expect(readPolicy(raw)).toEqual({ policy: raw, problems: [] });
  });

  it('reads no policy, or one that is not an object, as no policy', () => {
    expect(readPolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(readPolicy('playbook')).toEqual({ policy: {}, problems: [] });
  });

  it('keeps the last good value of a key whose new value is invalid, and says why', () => {
    const lastGood = { playbook: orgPlaybook, retentionDays: 14 };
    const broken = { ...orgPlaybook, checklists: [{ id: 'x', name: 'X', items: [{ id: 'a' }] }] };
    const reading = readPolicy({ playbook: broken, retentionDays: 'forever' }, lastGood);
    expect(reading.policy).toEqual(lastGood);
    expect(reading.problems).toEqual([
      'playbook.checklists[0].items[0].label: expected text, got nothing',
      'retentionDays: expected a number, got text "forever"',
    ]);
  });

  it('applies the valid keys of a policy while another key is broken', () => {
    const reading = readPolicy({ retentionDays: 7, locked: { playbok: true } });
    expect(reading.policy).toEqual({ retentionDays: 7 });
    expect(reading.problems).toEqual([expect.stringContaining('locked.playbok: unknown field (did you mean "playbook"?)')]);
  });

  it('drops a key the policy no longer sets, even if it had a good value', () => {
    expect(readPolicy({}, { retentionDays: 14 }).policy).toEqual({});
  });

  it.each([
    [{ helpdeskOrigins: [{ origin: 'ftp://files.example.com', helpdesk: 'zendesk' }] }, 'helpdeskOrigins[0].origin: expected an http or https address'],
    [{ helpdeskOrigins: [{ origin: 'https://acme.zendesk.com', helpdesk: 'zendesk' }] }, 'acme.zendesk.com is already supported'],
    [{ helpdeskOrigins: [{ origin: 'https://support.example.com', helpdesk: 'kayako' }] }, 'helpdeskOrigins[0].helpdesk: expected one of "zendesk", "freshdesk"'],
    [{ helpdeskOrigins: [{ origin: 'https://*.com', helpdesk: 'zendesk' }] }, 'helpdeskOrigins[0].origin: a wildcard (*) stands for many sites'],
    [{ helpdeskOrigins: [{ origin: 'https://co.uk', helpdesk: 'zendesk' }] }, 'helpdeskOrigins[0].origin: co.uk is a public suffix'],
    [{ enabledHelpdesks: 'zendesk' }, 'enabledHelpdesks: expected a list, got text "zendesk"'],
    [{ playbook: { ...orgPlaybook, version: 2 } }, 'playbook.version: this is a version 2 playbook'],
    [{ autoUpdate: true }, 'autoUpdate: unknown policy key'],
  ])('names the problem in %j', (raw, expected) => {
    expect(readPolicy(raw).problems.join('\n')).toContain(expected);
  });
});

describe('the last good policy', () => {
  it('keeps the last good helpdesk origins when a new policy lists a wildcard', () => {
    const lastGood = { helpdeskOrigins: [{ origin: 'https://support.example.com', helpdesk: 'zendesk' as const }] };
    const reading = readPolicy({ helpdeskOrigins: [{ origin: 'https://*.example.com', helpdesk: 'zendesk' }] }, lastGood);
    expect(reading.policy).toEqual(lastGood);
  });

  it('is remembered in extension storage, and used when the deployed one breaks', async () => {
    await fakeBrowser.storage.managed.set({ playbook: orgPlaybook, retentionDays: 10 });
    await rememberGoodPolicy();
    await fakeBrowser.storage.managed.set({ playbook: { name: 'half-written' }, retentionDays: 12 });
    const reading = await rememberGoodPolicy();
    expect(reading.policy).toEqual({ playbook: orgPlaybook, retentionDays: 12 });
    expect((await fakeBrowser.storage.local.get(POLICY_LAST_GOOD_KEY))[POLICY_LAST_GOOD_KEY]).toEqual({ playbook: orgPlaybook, retentionDays: 12 });
  });

  it('is checked again when read, so a tampered copy is not trusted', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_LAST_GOOD_KEY]: { retentionDays: 100_000, playbook: { version: 1 } } });
    await fakeBrowser.storage.managed.set({ retentionDays: -1 });
    expect((await loadPolicy()).policy).toEqual({});
  });
});
