import { useEffect, useRef, useState } from 'preact/hooks';
import { capText } from '@/lib/listening/input-cap';
import { MAX_REQUEST_EARLIER, MAX_REQUEST_TEXT } from '@/lib/listening-service/limits';
import type { ListeningRequest, ListeningResponse, ListeningResult } from '@/lib/listening-service/messages';
import { failure } from '@/lib/result';

export type AnalyzeListening = (request: ListeningRequest) => Promise<ListeningResponse>;

export interface ListeningState {
  /** The latest answer, for the newest request answered; null until the first arrives. */
  result: ListeningResult | null;
  /** The restatement that answer was for: evidence pairs an answer with its own input only. */
  restatement: string | null;
  /** Why the last request got no answer, in plain words; null when it did. */
  problem: string | null;
}

const trim = (text: string) => capText(text, MAX_REQUEST_TEXT).text;

/**
 * The engine's reading of the reply and restatement, asked of the background whenever they change.
 * Answers can overtake each other: only one for a request at least as new as the shown one is kept,
 * and the previous answer stays on screen until the next arrives, so nothing flickers.
 */
export function useListening(input: Omit<ListeningRequest, 'type'>, analyze: AnalyzeListening): ListeningState {
  const [state, setState] = useState<ListeningState>({ result: null, restatement: null, problem: null });
  const asked = useRef(0);
  const shown = useRef(0);
  const { reply, customer, earlier, subject, channel, restatement, settings } = input;

  useEffect(() => {
    const request = ++asked.current;
    // Within what the background accepts: a pasted log is read up to the engine's cap, not refused.
    const message: ListeningRequest = {
      type: 'listening/analyze',
      reply: trim(reply),
      customer: trim(customer),
      earlier: earlier.slice(-MAX_REQUEST_EARLIER).map(trim),
      ...(subject ? { subject: trim(subject) } : {}),
      ...(channel ? { channel } : {}),
      restatement: trim(restatement),
      settings,
    };
    // Through a promise even if `analyze` throws at once (an extension updated under the page does);
    // a throw or a rejection is an answer that says why.
    void Promise.resolve(message)
      .then(analyze)
      .catch((error: unknown): ListeningResponse => failure('engine', error instanceof Error ? error.message : String(error)))
      .then((response: ListeningResponse | undefined) => {
        if (request < shown.current) return;
        shown.current = request;
        // No answer at all: the background was restarting, or the extension was updated under the page.
        const problem = response?.ok ? null : (response?.error ?? 'the extension did not answer; reload the page if this stays.');
        setState((previous) => (response?.ok ? { result: response.result, restatement, problem } : { ...previous, problem }));
      });
  }, [reply, customer, earlier, subject, channel, restatement, settings, analyze]);

  return state;
}
