import { describe, expect, it } from 'vitest';
import { chooseChecklist, type TicketContext } from './choose-checklist';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import type { Playbook, PlaybookChecklist } from './playbook-schema';

const checklist = (id: string, when?: PlaybookChecklist['when']): PlaybookChecklist => ({ id, name: id, when, items: [{ id: `${id}-item`, label: id }] });

const playbook: Playbook = {
  version: 1,
  name: 'Acme',
  checklists: [
    checklist('everyday'),
    checklist('outage', { tags: ['outage', 'incident'] }),
    checklist('freshdesk-chat', { helpdesks: ['freshdesk'], channels: ['chat'] }),
    checklist('zendesk-outage', { helpdesks: ['zendesk'], tags: ['outage'] }),
  ],
};

describe('choosing the checklist for a ticket', () => {
  it.each<[string, TicketContext, string]>([
    ['an ordinary Zendesk ticket', { helpdesk: 'zendesk' }, 'everyday'],
    ['a Freshdesk ticket tagged "incident"', { helpdesk: 'freshdesk', tags: ['billing', 'incident'] }, 'outage'],
    ['a Zendesk ticket tagged "Outage" (any case)', { helpdesk: 'zendesk', tags: ['Outage'] }, 'zendesk-outage'],
    ['a Freshdesk chat', { helpdesk: 'freshdesk', channel: 'Chat' }, 'freshdesk-chat'],
    ['a Zendesk chat (that checklist is Freshdesk only)', { helpdesk: 'zendesk', channel: 'chat' }, 'everyday'],
    ['a Freshdesk email', { helpdesk: 'freshdesk', channel: 'email' }, 'everyday'],
    ['a ticket whose channel the adapter cannot read', { helpdesk: 'freshdesk' }, 'everyday'],
  ])('gives %s the %s checklist', (_what, context, expected) => {
    expect(chooseChecklist(playbook, context).id).toBe(expected);
  });

  it('takes the first of two equally specific checklists', () => {
    const twins: Playbook = { ...playbook, checklists: [checklist('a', { tags: ['vip'] }), checklist('b', { tags: ['vip'] })] };
    expect(chooseChecklist(twins, { helpdesk: 'zendesk', tags: ['vip'] }).id).toBe('a');
  });

  it("falls back to the playbook's first checklist when none matches, never to nothing", () => {
    const onlyConditional: Playbook = { ...playbook, checklists: [checklist('vip', { tags: ['vip'] }), checklist('chat', { channels: ['chat'] })] };
    expect(chooseChecklist(onlyConditional, { helpdesk: 'zendesk' }).id).toBe('vip');
  });

  it('gives outage tickets the default playbook’s outage checklist, with its root-cause item', () => {
    const outage = chooseChecklist(DEFAULT_PLAYBOOK, { helpdesk: 'zendesk', tags: ['outage'] });
    expect(outage.id).toBe('outage');
    expect(outage.items.map((item) => item.id)).toContain('outage-root-cause');
    expect(chooseChecklist(DEFAULT_PLAYBOOK, { helpdesk: 'zendesk', tags: ['billing'] }).id).toBe('everyday');
  });
});
