/**
 * The playbook every agent has until a team provides one: the everyday checklist from docs/listening.md,
 * and an outage checklist for tickets tagged as part of an incident, where the root-cause and
 * update items matter most. It sets no hint, wording or retention choices: those stay each agent's.
 */
import { DEFAULT_CHECKLIST } from './checklist';
// Types only: the sidebar falls back to this playbook, and must not pull the schema library in.
import type { Playbook } from './playbook-schema';

const itemById = (id: string) => {
  const item = DEFAULT_CHECKLIST.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`DEFAULT_CHECKLIST has no item ${id}`);
  return { ...item };
};

export const DEFAULT_PLAYBOOK: Playbook = {
  version: 1, // PLAYBOOK_VERSION; the schema test reads this playbook, so a bump can't go unnoticed
  name: 'ListenFirst default',
  description: 'Listen · Restate · Advise · Solve · Thank, and an outage checklist for incident tickets.',
  checklists: [
    {
      id: 'everyday',
      name: 'Listening checklist',
      items: DEFAULT_CHECKLIST.map((item) => ({ ...item })),
    },
    {
      id: 'outage',
      name: 'Outage',
      when: { tags: ['outage', 'incident'] },
      items: [
        itemById('listen-whole-message'),
        {
          id: 'outage-impact',
          stage: 'listen',
          label: 'Acknowledge what the outage stopped them doing',
          help: 'Their deadline and their customers matter more to them than our component names.',
        },
        itemById('restate-their-words'),
        {
          id: 'outage-next-update',
          stage: 'advise',
          label: 'Say what is known now, and when the next update comes',
          required: true,
          autoCheck: 'next-step',
        },
        {
          id: 'outage-workaround',
          stage: 'advise',
          label: 'Offer a workaround, or say plainly there is none yet',
        },
        {
          id: 'outage-root-cause',
          stage: 'solve',
          label: 'Once it is known, explain the root cause and what changed',
          help: 'What failed, why, and what was done so it does not happen again: facts and actions, no scapegoats.',
        },
        itemById('thank-them'),
      ],
    },
  ],
};
