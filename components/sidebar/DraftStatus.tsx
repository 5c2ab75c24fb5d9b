import type { SaveStatus } from '@/lib/drafts/draft-sync';

/** An honest save state: "Saved" only once the write has completed. */
export function DraftStatus({ status }: { status: SaveStatus }) {
  let text: string;
  switch (status.state) {
    case 'idle':
      return null;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Saved locally · ${new Date(status.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
      break;
    case 'conflict':
      text = 'Two versions of this draft: choose one above. Neither is lost meanwhile.';
      break;
    case 'error':
      text = status.message;
      break;
  }
  return (
    <p class={`lf-draft-status lf-draft-status--${status.state}`} data-testid="lf-draft-status" role="status">
      {text}
    </p>
  );
}
