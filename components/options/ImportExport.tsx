import { useState } from 'preact/hooks';
import type { Playbook } from '@/lib/playbooks/playbook-schema';
import { readPlaybookBytes, serializePlaybook } from '@/lib/playbooks/read-playbook';
import { removeLocalTeamPlaybook, saveLocalTeamPlaybook } from '@/lib/playbooks/team-playbook-store';
import { ProblemList } from './ProblemList';

interface Props {
  playbook: Playbook;
  /** Why importing is not possible right now (a policy, a subscription), or null. */
  importBlockedBy: string | null;
  hasLocalPlaybook: boolean;
}

type Outcome = { kind: 'imported'; text: string } | { kind: 'refused'; fileName: string; problems: readonly string[] } | null;

function fileNameFor(playbook: Playbook): string {
  const slug = playbook.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'playbook';
  return `${slug}.playbook.json`;
}

function countItems(playbook: Playbook): number {
  return playbook.checklists.reduce((total, checklist) => total + checklist.items.length, 0);
}

/** Import a playbook file (refused with every problem listed, the current one untouched), export the one in use. */
export function ImportExport({ playbook, importBlockedBy, hasLocalPlaybook }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Bytes, not text: a file in another encoding is refused rather than read as mojibake.
    const read = readPlaybookBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return setOutcome({ kind: 'refused', fileName: file.name, problems: read.problems });
    await saveLocalTeamPlaybook(read.playbook, { kind: 'file', fileName: file.name, at: Date.now() });
    const { checklists } = read.playbook;
    setOutcome({
      kind: 'imported',
      text: `Imported "${read.playbook.name}" from ${file.name}: ${checklists.length} ${checklists.length === 1 ? 'checklist' : 'checklists'}, ${countItems(read.playbook)} items.`,
    });
  };

  const exportPlaybook = () => {
    const url = URL.createObjectURL(new Blob([serializePlaybook(playbook)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFor(playbook);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const reset = async () => {
    if (!confirm('Go back to the built-in playbook? The imported or edited one is removed from this browser.')) return;
    await removeLocalTeamPlaybook();
    setOutcome({ kind: 'imported', text: 'Back to the built-in playbook.' });
  };

  return (
    <div class="lf-import-export" data-testid="lf-import-export">
      <div class="lf-row">
        <label class={`lf-button lf-file-button${importBlockedBy ? ' lf-file-button--disabled' : ''}`}>
          Import a playbook file…
          <input
            type="file"
            class="lf-visually-hidden"
            data-testid="lf-import-file"
            accept=".json,application/json"
            disabled={importBlockedBy !== null}
            aria-describedby={importBlockedBy ? 'lf-import-blocked' : undefined}
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        <button type="button" class="lf-button lf-button--secondary" data-testid="lf-export" onClick={exportPlaybook}>
          Export this playbook
        </button>
        {hasLocalPlaybook && !importBlockedBy && (
          <button type="button" class="lf-link" onClick={() => void reset()}>
            Use the built-in playbook
          </button>
        )}
      </div>
      {importBlockedBy && (
        <p class="lf-muted" id="lf-import-blocked">
          {importBlockedBy}
        </p>
      )}
      <div role="status" data-testid="lf-import-status">
        {outcome?.kind === 'imported' && <p>{outcome.text}</p>}
      </div>
      <div role="alert" data-testid="lf-import-problems">
        {outcome?.kind === 'refused' && (
          <ProblemList
            intro={`${outcome.fileName} was not imported; your current playbook is unchanged. ${outcome.problems.length === 1 ? 'The problem' : 'The problems'}:`}
            problems={outcome.problems}
          />
        )}
      </div>
    </div>
  );
}
