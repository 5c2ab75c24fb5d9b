import { useEffect, useState } from 'preact/hooks';
import type { ReplyEditor } from '@/lib/adapters/types';
import { readEditorText } from '@/lib/editor-bridge/editor-text';

/** How long typing must pause before the reply is read again: hints land well within 100 ms of it. */
export const REPLY_QUIET_MS = 40;

/**
 * The reply text in the helpdesk's editor, re-read after each pause in typing. The observer watches
 * only the editor element; its callback just (re)arms a timer, so keystrokes never wait on analysis.
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
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setText(readEditorText(element).text), REPLY_QUIET_MS);
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [element]);

  return text;
}
