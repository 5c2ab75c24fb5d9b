import type { SavedReply } from './use-ticket-draft';

interface Props {
  offer: SavedReply;
  message: string | null;
  onRestore(): void;
  onDiscard(): void;
}

const PREVIEW_CHARS = 240;

/** "Restore your draft (saved 14:02)": the reply ListenFirst kept, offered back with a preview. */
export function RestoreDraftOffer({ offer, message, onRestore, onDiscard }: Props) {
  const time = new Date(offer.savedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const preview = offer.text.length > PREVIEW_CHARS ? `${offer.text.slice(0, PREVIEW_CHARS).trimEnd()}…` : offer.text;
  return (
    <section class="lf-restore" data-testid="lf-restore-draft" aria-labelledby="lf-restore-title">
      <h3 class="lf-section__title" id="lf-restore-title">
        Your reply isn't in the editor
      </h3>
      <blockquote class="lf-restore__preview">{preview}</blockquote>
      <div class="lf-row">
        <button type="button" class="lf-button" data-testid="lf-restore-draft-button" onClick={onRestore}>
          Restore your draft (saved {time})
        </button>
        <button type="button" class="lf-link" data-testid="lf-restore-draft-discard" onClick={onDiscard}>
          Not now
        </button>
      </div>
      {message && (
        <p class="lf-muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
