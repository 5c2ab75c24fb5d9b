import type { PlaybookSource } from '@/lib/playbooks/team-playbook-store';

export function formatWhen(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Where the playbook in use came from, in one sentence. */
export function describePlaybookSource(source: PlaybookSource): string {
  switch (source.kind) {
    case 'default':
      return 'The built-in playbook (Listen · Restate · Advise · Solve · Thank).';
    case 'file':
      return `Imported from ${source.fileName} on ${formatWhen(source.at)}.`;
    case 'edited':
      return `Edited on this computer on ${formatWhen(source.at)}.`;
    case 'subscription':
      return `From ${source.url}, last updated ${formatWhen(source.at)}.`;
    case 'policy':
      return 'Set by your organisation.';
  }
}
