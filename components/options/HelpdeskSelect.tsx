import { HELPDESKS } from '@/lib/adapters/registry';
import type { PlaybookHelpdesk } from '@/lib/playbooks/playbook-schema';

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
        {HELPDESKS.map((helpdesk) => (
          <option key={helpdesk.id} value={helpdesk.id}>
            {helpdesk.label}
          </option>
        ))}
      </select>
    </div>
  );
}
