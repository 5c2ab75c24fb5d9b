import { HELPDESK_IDS, type PlaybookHelpdesk } from '@/lib/playbooks/playbook-schema';

export const HELPDESK_NAMES: Record<PlaybookHelpdesk, string> = { zendesk: 'Zendesk', freshdesk: 'Freshdesk' };

interface Props {
  id: string;
  label: string;
  value: PlaybookHelpdesk;
  testId?: string;
  onChange(helpdesk: PlaybookHelpdesk): void;
}

/** A labelled choice of the helpdesks ListenFirst understands. */
export function HelpdeskSelect({ id, label, value, testId, onChange }: Props) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} data-testid={testId} value={value} onChange={(event) => onChange(event.currentTarget.value as PlaybookHelpdesk)}>
        {HELPDESK_IDS.map((helpdesk) => (
          <option key={helpdesk} value={helpdesk}>
            {HELPDESK_NAMES[helpdesk]}
          </option>
        ))}
      </select>
    </div>
  );
}
