/**
 * Keeps one ticket's draft in step with the background: debounced saves, a flush when the page is
 * hidden or the agent moves to another ticket, revisions so a stale writer never overwrites newer
 * text, and text kept in memory (with a retry) when a write or the first read is refused.
 *
 * When a save meets a newer version another tab wrote, neither wins on its own: this tab's version is
 * held beside the other one in the background (so a reload loses nothing either) and updated as the
 * agent goes on typing, until the agent keeps theirs or takes the other.
 *
 * One instance per ticket: the ticket is fixed at construction, so its text can never be saved under
 * another ticket's key.
 */
import type { TicketRef } from '../adapters/types';
import type { ChecklistState, ContentMessage, DraftResponse, DraftSaveMessage, DraftView } from '../messaging/messages';
import { failure } from '../result';

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
  /** Another tab saved a different version; this tab's is held until the agent chooses. */
  | { state: 'conflict' }
  | { state: 'error'; message: string };

export type SendDraftMessage = (message: ContentMessage) => Promise<DraftResponse>;

export interface DraftSyncOptions {
  ticket: TicketRef;
  send: SendDraftMessage;
  onStatus(status: SaveStatus): void;
  /** A save met a different version written elsewhere (another tab): show both until the agent chooses. */
  onConflict(conflict: DraftConflict): void;
  debounceMs?: number;
  retryMs?: number;
  /** How long to wait before reading the draft again when the first read failed. */
  loadRetryMs?: number;
}

export interface DraftConflict {
  /** The version stored now, written by another tab. */
  theirs: DraftView;
  /** This tab's version as the conflict opened (or as held, when it opened before a reload). */
  mine: DraftContent;
  /** When this tab's version was typed (held). */
  mineAt: number;
}

export interface LoadedDraft {
  /** The stored draft, without the copies held beside it; null when there is none. */
  draft: DraftView | null;
  /** A version this ticket's sidebar held before (another tab, or this one before a reload), still to be chosen. */
  conflict: DraftConflict | null;
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
  private loaded = false;
  private pending: DraftContent | null = null;
  /** A save sent without an answer (it may have committed): sent again, same id, before anything newer. */
  private unanswered: DraftSaveMessage | null = null;
  /** Open while the agent has not chosen between this tab's version and the stored one. */
  private conflict: { theirs: DraftView; mine: DraftContent } | null = null;
  /** The id this tab's version is held under in the background, until it is dropped there. */
  private copyId: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loadTimer: ReturnType<typeof setTimeout> | undefined;
  private wakeLoad: (() => void) | null = null;
  private inFlight: Promise<void> | null = null;
  private disposed = false;

  constructor(private readonly options: DraftSyncOptions) {}

  get ticket(): TicketRef {
    return this.options.ticket;
  }

  /**
   * Reads the stored draft, again and again after a pause while the read fails (the worker is
   * starting, the database is busy): nothing is saved before it, so no write is based on a draft
   * this tab never saw. Null only when disposed before a read succeeded.
   */
  async load(): Promise<LoadedDraft | null> {
    while (!this.disposed) {
      const response = await this.send({ type: 'draft/load', ticket: this.options.ticket });
      if (this.disposed) break;
      if (response.ok) return this.loadedFrom(response.draft);
      this.options.onStatus({ state: 'error', message: `Your saved draft isn't read yet: ${'error' in response ? response.error : 'unexpected answer.'} Retrying.` });
      await new Promise<void>((resolve) => {
        this.wakeLoad = resolve;
        this.loadTimer = setTimeout(resolve, this.options.loadRetryMs ?? 1_000);
      });
    }
    return null;
  }

  private loadedFrom(stored: DraftView | null): LoadedDraft {
    this.loaded = true;
    this.revision = stored?.revision ?? 0;
    if (!stored) return { draft: null, conflict: null };
    const { heldCopies = [], ...draft } = stored;
    const held = heldCopies.at(-1);
    if (!held) return { draft, conflict: null };
    this.copyId = held.copyId;
    const mine = contentOf(held);
    if (sameContent(mine, draft)) {
      // Chosen already (the copy outlived its release): nothing to ask.
      void this.queue(() => this.release());
      return { draft, conflict: null };
    }
    this.conflict = { theirs: draft, mine };
    this.options.onStatus({ state: 'conflict' });
    return { draft, conflict: { theirs: draft, mine, mineAt: held.heldAt } };
  }

  /**
   * Records the latest content; it is written after a pause in typing (held, while a conflict is open).
   * Ignored until the draft is read: it would be written over a draft this tab never saw.
   */
  update(content: DraftContent): void {
    if (this.disposed || !this.loaded) return;
    this.pending = content;
    if (this.conflict) this.conflict.mine = content;
    this.options.onStatus(this.conflict ? { state: 'conflict' } : { state: 'pending' });
    this.schedule(this.options.debounceMs ?? 300);
  }

  /** Writes whatever is pending now, one write at a time. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.queue(async () => {
      const content = this.pending;
      if (!content && !this.unanswered) return;
      this.pending = null;
      await this.write(content);
    });
  }

  /** The agent keeps this tab's version: it is saved over the other one, whose revision it now knows. */
  async keepMine(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = null;
    this.revision = conflict.theirs.revision;
    this.pending = this.pending ?? conflict.mine;
    await this.flush();
  }

  /** The agent takes the other version: this tab's copy is dropped, and the other is returned to show. */
  takeTheirs(): DraftView | null {
    const conflict = this.conflict;
    if (!conflict) return null;
    this.conflict = null;
    this.pending = null;
    clearTimeout(this.timer);
    this.revision = conflict.theirs.revision;
    this.options.onStatus({ state: 'saved', at: conflict.theirs.updatedAt });
    void this.queue(() => this.release());
    return conflict.theirs;
  }

  /** The helpdesk sent the reply: write what is pending, then have the mirrored reply cleared. */
  async replySent(): Promise<void> {
    if (this.conflict) {
      // Only this tab's copy of the reply went out; the other version stays to be chosen.
      this.update({ ...(this.pending ?? this.conflict.mine), reply: '' });
      return this.flush();
    }
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
    clearTimeout(this.loadTimer);
    this.wakeLoad?.();
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  /** Runs `task` once every earlier write has finished: one message about this draft in flight at a time. */
  private async queue(task: () => Promise<void>): Promise<void> {
    while (this.inFlight) await this.inFlight;
    this.inFlight = task().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async write(content: DraftContent | null): Promise<void> {
    if (this.conflict) return content ? this.hold(content) : undefined;
    this.options.onStatus({ state: 'saving' });
    if (this.unanswered) {
      const replayed = await this.send(this.unanswered);
      if (!replayed.ok && replayed.code === 'storage') {
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
    const response = await this.send(message);
    this.settle(message, response);
    // This tab's held copy is saved now (or was dropped by a choice): it need not be kept beside it.
    if (response.ok && this.copyId && !this.conflict) await this.release();
  }

  /** Keeps this tab's version beside the stored one; nothing is written over either. */
  private async hold(content: DraftContent): Promise<void> {
    this.copyId ??= newSaveId();
    const response = await this.send({ type: 'draft/hold', ticket: this.options.ticket, copyId: this.copyId, copy: content });
    if (!this.conflict) return; // chosen meanwhile: the choice decides what is written
    if (response.ok) this.options.onStatus({ state: 'conflict' });
    else this.retryLater(content, response.error);
  }

  /** Drops this tab's held copy; kept for a later try when that fails (a load drops one equal to the draft). */
  private async release(): Promise<void> {
    if (!this.copyId) return;
    const response = await this.send({ type: 'draft/hold', ticket: this.options.ticket, copyId: this.copyId, copy: null });
    if (response.ok) this.copyId = null;
  }

  private async send(message: ContentMessage): Promise<DraftResponse> {
    try {
      return await this.options.send(message);
    } catch (error) {
      return failure('storage', error instanceof Error ? error.message : 'the extension did not answer');
    }
  }

  private settle(message: DraftSaveMessage, response: DraftResponse): void {
    if (response.ok) {
      this.revision = response.draft?.revision ?? this.revision;
      this.options.onStatus({ state: 'saved', at: response.draft?.updatedAt ?? Date.now() });
      return;
    }
    if (response.code === 'conflict') {
      // Text typed while this save was on its way is this tab's newest.
      const mine = this.pending ?? contentOf(message);
      if (sameContent(mine, response.draft)) {
        this.revision = response.draft.revision;
        this.options.onStatus({ state: 'saved', at: response.draft.updatedAt });
        return;
      }
      this.conflict = { theirs: response.draft, mine };
      this.pending = mine;
      this.options.onConflict({ theirs: response.draft, mine, mineAt: Date.now() });
      this.options.onStatus({ state: 'conflict' });
      this.schedule(0);
      return;
    }
    if (response.code === 'storage') {
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
    if (!this.disposed) this.schedule(this.options.retryMs ?? 5_000);
  }
}

function contentOf({ subject, restatement, checklist, dismissedHints, reply }: DraftContent): DraftContent {
  return { subject, restatement, checklist, dismissedHints, reply };
}

/** The same words, ticks and dismissals (the subject is the page's, not the agent's). */
export function sameContent(a: DraftContent, b: DraftContent): boolean {
  const ticks = (state: ChecklistState) => JSON.stringify(Object.entries(state).sort(([x], [y]) => (x < y ? -1 : 1)));
  return a.restatement === b.restatement && a.reply === b.reply && ticks(a.checklist) === ticks(b.checklist) && a.dismissedHints.join('\n') === b.dismissedHints.join('\n');
}
