/** The organisation's playbook the policy tests deploy (Chromium's managed policy, Firefox's policies.json). */
export const policyPlaybook = (name: string, firstLabel: string) => ({
  version: 1,
  name,
  checklists: [
    {
      id: 'acme-it',
      name: 'Acme IT checklist',
      items: [
        { id: 'policy-greet', stage: 'listen', label: firstLabel },
        { id: 'policy-restate', stage: 'restate', label: 'Restate the request before anything else', autoCheck: 'restated', required: true },
      ],
    },
  ],
  restatementPrefix: 'Let me check I have this right: ',
});
