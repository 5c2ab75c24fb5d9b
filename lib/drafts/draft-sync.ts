/**
 * Keeps one ticket's draft in step with the background: debounced saves, a flush when the page is
 * hidden or the agent moves to another ticket, revisions so a stale writer never overwrites newer
 * text, and text kept in memory (with a retry) when a write is refused.
 *
 * One instance per ticket: the ticket is fixed at construction, so its text can never be saved under
 * another ticket's key.
 */
import type { TicketRef } from '../adapters/types';
import type { ChecklistState, ContentMessage, DraftResponse, DraftSaveMessage, DraftView } from '../messaging/messages';

export interface DraftContent {
  subject: string;
  restatement: string;
  checklist: ChecklistState;
  dismissedHints: string[];
  reply: string;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'error'; message: string };

export type SendDraftMessage = (message: ContentMessage) => Promise<DraftResponse>;

export interface DraftSyncOptions {
  ticket: TicketRef;
  send: SendDraftMessage;
  onStatus(status: SaveStatus): void;
  /** A newer draft was written elsewhere (another tab): show it instead. */
  onNewerDraft(draft: DraftView): void;
  debounceMs?: number;
  retryMs?: number;
}

/** A version 4 UUID from `crypto.getRandomValues`, which, unlike `randomUUID`, plain-http pages have too. */
export function newSaveId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class DraftSync {
  private revision = 0;
  private pending: DraftContent | null = null;
  /** A save sent without an answer (it may have committed): sent again, same id, before anything newer. */
  private unanswered: DraftSaveMessage | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private disposed = false;

  constructor(private readonly options: DraftSyncOptions) {}

  get ticket(): TicketRef {
    return this.options.ticket;
  }

  async load(): Promise<DraftView | null> {
    const response = await this.options.send({ type: 'draft/load', ticket: this.options.ticket });
    if (!response.ok) {
      this.options.onStatus({ state: 'error', message: 'error' in response ? response.error : 'Could not read the saved draft.' });
      return null;
    }
    this.revision = response.draft?.revision ?? 0;
    return response.draft;
  }

  /** Records the latest content; it is written after a pause in typing. */
  update(content: DraftContent): void {
    if (this.disposed) return;
    this.pending = content;
    this.options.onStatus({ state: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 300);
  }

  /** Writes whatever is pending now, one write at a time. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    const content = this.pending;
    if (!content && !this.unanswered) return;
    this.pending = null;
    this.inFlight = this.write(content).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /** The helpdesk sent the reply: write what is pending, then have the mirrored reply cleared. */
  async replySent(): Promise<void> {
    if (this.pending) this.pending = { ...this.pending, reply: '' };
    await this.flush();
    while (this.inFlight) await this.inFlight;
    try {
      const response = await this.options.send({ type: 'draft/reply-sent', ticket: this.options.ticket });
      if (response.ok) this.revision = response.draft?.revision ?? this.revision;
    } catch {
      // Not cleared: the next reply typed for this ticket replaces the mirror anyway.
    }
  }

  /** Flushes and stops: used when the agent leaves this ticket. */
  async dispose(): Promise<void> {
    await this.flush();
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private async write(content: DraftContent | null): Promise<void> {
    this.options.onStatus({ state: 'saving' });
    if (this.unanswered) {
      const replayed = await this.send(this.unanswered);
      if (!replayed.ok && replayed.reason === 'storage') {
        // Still no answer: the replay keeps its turn, the newer text waits behind it.
        this.retryLater(content, replayed.error);
        return;
      }
      const text = this.unanswered;
      this.unanswered = null;
      // An answer (saved, or refused as stale or invalid) settles it; a conflict is handled below,
      // by the newer write meeting the same conflict, or here when nothing newer was typed.
      if (!content) return this.settle(text, replayed);
      if (replayed.ok) this.revision = replayed.draft?.revision ?? this.revision;
    }
    if (!content) return;
    const message: DraftSaveMessage = { type: 'draft/save', ticket: this.options.ticket, ...content, baseRevision: this.revision, saveId: newSaveId() };
    this.settle(message, await this.send(message));
  }

  private async send(message: DraftSaveMessage): Promise<DraftResponse> {
    try {
      return await this.options.send(message);
    } catch (error) {
      return { ok: false, reason: 'storage', error: error instanceof Error ? error.message : 'the extension did not answer' };
    }
  }

  private settle(message: DraftSaveMessage, response: DraftResponse): void {
    if (response.ok) {
      this.revision = response.draft?.revision ?? this.revision;
      this.options.onStatus({ state: 'saved', at: response.draft?.updatedAt ?? Date.now() });
      return;
    }
    if (response.reason === 'conflict') {
      this.revision = response.draft.revision;
      this.options.onNewerDraft(response.draft);
      this.options.onStatus({ state: 'saved', at: response.draft.updatedAt });
      return;
    }
    if (response.reason === 'storage') {
      // No answer, or a refused write: it may have committed, so it is sent again as it is.
      this.unanswered = message;
      this.retryLater(null, response.error);
      return;
    }
    // Invalid or forbidden: sending the same again cannot help; keep the text for the next write.
    this.retryLater(contentOf(message), response.error);
  }

  /** Keep the text in memory and try again; never lose it to a refused write. */
  private retryLater(content: DraftContent | null, error: string): void {
    if (content && !this.pending) this.pending = content;
    this.options.onStatus({ state: 'error', message: `Not saved yet: ${error} Kept here; retrying.` });
    if (!this.disposed) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.options.retryMs ?? 5_000);
    }
  }
}

function contentOf({ subject, restatement, checklist, dismissedHints, reply }: DraftSaveMessage): DraftContent {
  return { subject, restatement, checklist, dismissedHints, reply };
}
