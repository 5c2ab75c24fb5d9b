import { useEffect, useState } from 'preact/hooks';
import type { ReplyEditor } from '@/lib/adapters/types';
import { readEditorText } from '@/lib/editor-bridge/editor-text';

/** How long typing must pause before the reply is read again: hints land well within 100 ms of it. */
export const REPLY_QUIET_MS = 40;

/** The reply as last read, and the editor element it was read from (null: no editor). */
export interface ReplyReading {
  text: string;
  element: HTMLElement | null;
}

const read = (element: HTMLElement | null): ReplyReading => ({ text: element ? readEditorText(element).text : '', element });

/**
 * The reply text in the helpdesk's editor, re-read after each pause in typing. The observer watches
 * only the editor element (and its input events, for a textarea); its callback just (re)arms a timer, so keystrokes never wait on analysis.
 * Text and element change together: a swapped editor's text is never taken for the old one's.
 */
export function useReplyText(editor: ReplyEditor | null): ReplyReading {
  const element = editor?.element ?? null;
  const [reading, setReading] = useState(() => read(element));

  useEffect(() => {
    setReading(read(element));
    if (!element) return;
    const effect = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reread = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setReading(read(element)), REPLY_QUIET_MS);
    };
    const observer = new MutationObserver(reread);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    // A textarea's typing changes its value, not its nodes.
    element.addEventListener('input', reread, { signal: effect.signal });
    effect.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
    return () => effect.abort();
  }, [element]);

  return reading;
}
