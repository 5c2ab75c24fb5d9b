import { useState } from 'preact/hooks';
import type { ChecklistState } from '@/lib/messaging/messages';
import { chooseChecklist } from '@/lib/playbooks/choose-checklist';
import { HELPDESK_IDS, type Playbook, type PlaybookHelpdesk } from '@/lib/playbooks/playbook-schema';
import { Checklist } from '../common/Checklist';
import { HelpdeskSelect } from './HelpdeskSelect';
import { parseList } from './playbook-draft';

/** The checklist an agent would see, drawn by the sidebar's own component, for a ticket described here. */
export function PlaybookPreview({ playbook }: { playbook: Playbook }) {
  const [helpdesk, setHelpdesk] = useState<PlaybookHelpdesk>(HELPDESK_IDS[0]);
  const [channel, setChannel] = useState('');
  const [tags, setTags] = useState('');
  const [ticks, setTicks] = useState<ChecklistState>({});
  const checklist = chooseChecklist(playbook, { helpdesk, channel: channel.trim() || undefined, tags: parseList(tags) });

  return (
    <div class="lf-preview" data-testid="lf-preview">
      <div class="lf-preview__ticket">
        <HelpdeskSelect id="lf-preview-helpdesk" label="Helpdesk" value={helpdesk} onChange={setHelpdesk} />
        <div>
          <label for="lf-preview-channel">Channel</label>
          <input id="lf-preview-channel" type="text" value={channel} onInput={(event) => setChannel(event.currentTarget.value)} />
        </div>
        <div>
          <label for="lf-preview-tags">Tags</label>
          <input id="lf-preview-tags" type="text" data-testid="lf-preview-tags" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
        </div>
      </div>
      <p class="lf-muted" data-testid="lf-preview-chosen">
        This ticket gets the "{checklist.name}" checklist.
      </p>
      <div class="lf-preview__sidebar">
        <Checklist items={checklist.items} state={ticks} onToggle={(id, done) => setTicks({ ...ticks, [id]: { done, auto: false } })} />
      </div>
    </div>
  );
}
