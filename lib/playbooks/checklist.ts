/**
 * The default listening checklist: Listen · Restate · Advise · Solve · Thank, from the principles
 * in docs/listening.md. Teams replace it with their own playbook (see playbook-schema.ts); ids are
 * stable because ticks are stored under them.
 */

export const CHECKLIST_STAGES = ['listen', 'restate', 'advise', 'solve', 'thank'] as const;
export type ChecklistStage = (typeof CHECKLIST_STAGES)[number];

/** Automatic checks that can tick an item when the reply or restatement shows it done. */
export const AUTO_CHECKS = ['restated', 'clarifying-question', 'next-step', 'thanked'] as const;
export type AutoCheck = (typeof AUTO_CHECKS)[number];

export interface ChecklistItem {
  id: string;
  /** Which step of Listen · Restate · Advise · Solve · Thank; a team's own items may have none. */
  stage?: ChecklistStage;
  label: string;
  help?: string;
  /** The team expects this one done on every reply. */
  required?: boolean;
  autoCheck?: AutoCheck;
}

export const STAGE_LABELS: Record<ChecklistStage, string> = {
  listen: 'Listen',
  restate: 'Restate',
  advise: 'Advise',
  solve: 'Solve',
  thank: 'Thank',
};

export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'listen-whole-message',
    stage: 'listen',
    label: 'Read the whole message, and the ones before it',
    help: "Don't jump to the problem you saw yesterday: it is the first time this customer has it.",
  },
  {
    id: 'listen-between-lines',
    stage: 'listen',
    label: 'Note their experience, deadline and feelings',
    help: 'Respond to the feeling as well as the facts.',
  },
  {
    id: 'restate-their-words',
    stage: 'restate',
    label: 'Restate the problem in their words',
    help: "Use the customer's own terms, and check it with them.",
    autoCheck: 'restated',
  },
  {
    id: 'restate-clarify',
    stage: 'restate',
    label: 'Ask a clarifying question where the facts are thin',
    autoCheck: 'clarifying-question',
  },
  {
    id: 'advise-next-step',
    stage: 'advise',
    label: "Say what you'll do next and when they'll hear from you",
    autoCheck: 'next-step',
  },
  {
    id: 'advise-choices',
    stage: 'advise',
    label: 'Offer choices: a workaround now, or wait for the fix',
  },
  {
    id: 'solve-root-cause',
    stage: 'solve',
    label: 'Explain the root cause honestly and specifically',
    help: 'Facts and the actions taken; no scapegoats, no vague "a file got corrupted".',
  },
  {
    id: 'thank-them',
    stage: 'thank',
    label: 'Thank them for their time and help',
    autoCheck: 'thanked',
  },
];
