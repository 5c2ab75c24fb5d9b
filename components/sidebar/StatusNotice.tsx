import type { LayoutState } from '@/lib/page/ticket-page-watcher';

interface Props {
  layout: LayoutState;
  helpdeskLabel: string;
  onOpenReply?: () => void;
}

/** What ListenFirst can and can't see on this page, in plain words. Nothing when all is well. */
export function StatusNotice({ layout, helpdeskLabel, onOpenReply }: Props) {
  if (layout === 'ready') return null;
  if (layout === 'loading') {
    return (
      <p class="lf-status lf-status--info" data-testid="lf-status" data-state={layout} role="status">
        Reading the ticket…
      </p>
    );
  }
  if (layout === 'writing-note') {
    return (
      <p class="lf-status lf-status--info" data-testid="lf-status" data-state={layout} role="status">
        You're writing an internal note. Hints and your saved reply follow the reply to the customer, so this note is left alone.{' '}
        {onOpenReply && (
          <button type="button" class="lf-link" onClick={onOpenReply}>
            Back to the reply
          </button>
        )}
      </p>
    );
  }
  if (layout === 'reply-closed') {
    return (
      <p class="lf-status lf-status--info" data-testid="lf-status" data-state={layout} role="status">
        The reply box is closed.{' '}
        {onOpenReply && (
          <button type="button" class="lf-link" onClick={onOpenReply}>
            Open it
          </button>
        )}
      </p>
    );
  }
  return (
    <div class="lf-status lf-status--warning" data-testid="lf-status" data-state={layout} role="status">
      <strong>Can't find the reply box on this page.</strong> This {helpdeskLabel} page looks different from what
      ListenFirst knows, perhaps after a {helpdeskLabel} update. Your checklist and restatement still work and are saved
      for this ticket.
    </div>
  );
}
