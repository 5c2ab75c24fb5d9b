import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplyEditor } from '@/lib/adapters/types';
import { REPLY_QUIET_MS, useReplyText } from './use-reply-text';

const container = document.createElement('div');
let read = '';
afterEach(() => render(null, container));

function Probe({ editor }: { editor: ReplyEditor }) {
  read = useReplyText(editor).text;
  return null;
}

const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, REPLY_QUIET_MS * 3)));

describe('useReplyText', () => {
  it('re-reads a textarea when the agent types (its value changes, not its nodes)', async () => {
    const textarea = document.body.appendChild(document.createElement('textarea'));
    act(() => render(<Probe editor={{ element: textarea, kind: 'plain' }} />, container));
    expect(read).toBe('');
    textarea.value = 'Hi Marta';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await pause();
    expect(read).toBe('Hi Marta');
  });

  it('re-reads an editable when its text changes', async () => {
    const editable = document.body.appendChild(document.createElement('div'));
    editable.contentEditable = 'true';
    act(() => render(<Probe editor={{ element: editable, kind: 'contenteditable' }} />, container));
    editable.appendChild(document.createElement('p')).textContent = 'Thanks';
    await pause();
    expect(read).toBe('Thanks');
  });
});
