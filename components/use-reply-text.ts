import { useEffect, useState } from 'preact/hooks';
import type { ReplyEditor } from '@/lib/adapters/types';
import { readEditorText } from '@/lib/editor-bridge/editor-text';

/** How long typing must pause before the reply is read again: hints land well within 100 ms of it. */
export const REPLY_QUIET_MS = 40;

/**
 * The reply text in the helpdesk's editor, re-read after each pause in typing. The observer watches
 * only the editor element (and its input events, for a textarea); its callback just (re)arms a timer, so keystrokes never wait on analysis.
 */
export function useReplyText(editor: ReplyEditor | null): string {
  const element = editor?.element ?? null;
  const [text, setText] = useState(() => (element ? readEditorText(element).text : ''));

  useEffect(() => {
    if (!element) {
      setText('');
      return;
    }
    setText(readEditorText(element).text);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reread = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setText(readEditorText(element).text), REPLY_QUIET_MS);
    };
    const observer = new MutationObserver(reread);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    // A textarea's typing changes its value, not its nodes.
    element.addEventListener('input', reread);
    return () => {
      observer.disconnect();
      element.removeEventListener('input', reread);
      clearTimeout(timer);
    };
  }, [element]);

  return text;
}
