/**
 * Starts the background worker when the agent is about to write, not when the first reading is
 * asked for. Chrome stops an idle extension worker after 30 s, so after an agent has read a ticket
 * the first reading would wait for the worker to start; a focus or a keystroke in the reply or the
 * restatement comes at least a typing pause (REPLY_QUIET_MS) before that reading, often seconds.
 * Only on the agent's own input, and at most once per quiet spell: never a timer that keeps the
 * worker alive.
 */
import type { ListeningWake } from './messages';

/** Quiet for this long, the worker may have been stopped (Chrome allows 30 s): the next sign of writing wakes it. */
export const WAKE_AFTER_QUIET_MS = 2_000;

export interface WorkerWake {
  /** A message went to the background just now: the worker is running, or starting for it. */
  contacted(): void;
  /** The agent focused or typed where they write: wakes the worker if it has been quiet a while. */
  writing(): void;
}

export function createWorkerWake(send: (message: ListeningWake) => Promise<unknown>, now: () => number = Date.now): WorkerWake {
  let lastContact = Number.NEGATIVE_INFINITY;
  return {
    contacted() {
      lastContact = now();
    },
    writing() {
      if (now() - lastContact < WAKE_AFTER_QUIET_MS) return;
      lastContact = now();
      // Nothing waits on the answer; an extension updated under the page has nobody to answer.
      void Promise.resolve({ type: 'listening/wake' } as const)
        .then(send)
        .catch(() => undefined);
    },
  };
}

/**
 * Signs of writing: focus or a key (a paste included) in a place `isWritingPlace` accepts. A page that fakes
 * these only wakes the worker, at most once per quiet spell; nothing else follows from them.
 */
export function watchWritingIntent(doc: Document, isWritingPlace: (target: EventTarget | null) => boolean, onWriting: () => void, signal: AbortSignal): void {
  const listener = (event: Event) => {
    if (isWritingPlace(event.target)) onWriting();
  };
  for (const type of ['focusin', 'keydown'] as const) doc.addEventListener(type, listener, { capture: true, passive: true, signal });
}
