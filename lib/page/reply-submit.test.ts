import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchReplySubmit } from './reply-submit';

let controller: AbortController;
let onSubmit: ReturnType<typeof vi.fn<() => void>>;
beforeEach(() => {
  document.body.replaceChildren();
  const pane = document.body.appendChild(document.createElement('section'));
  pane.id = 'ticket-42';
  pane.appendChild(document.createElement('button')).className = 'submit';
  const editor = pane.appendChild(document.createElement('div'));
  editor.id = 'editor';
  editor.contentEditable = 'true';
  controller = new AbortController();
  onSubmit = vi.fn<() => void>();
  watchReplySubmit(
    document,
    { submitSelector: '.submit', ticketRoot: () => document.getElementById('ticket-42'), editorElement: () => document.getElementById('editor') },
    onSubmit,
    controller.signal,
  );
});
afterEach(() => controller.abort());

/** An event as the browser makes it from the agent's input; happy-dom, like a page script, makes untrusted ones. */
function fromTheAgent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = () => new MouseEvent('click', { bubbles: true });
const ctrlEnter = () => new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });

describe('watchReplySubmit', () => {
  it("counts the agent's click on the helpdesk's submit and Ctrl+Enter in its editor", () => {
    document.querySelector('.submit')!.dispatchEvent(fromTheAgent(click()));
    document.getElementById('editor')!.dispatchEvent(fromTheAgent(ctrlEnter()));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('ignores a click or Ctrl+Enter that a page script dispatched (isTrusted false)', () => {
    document.querySelector<HTMLButtonElement>('.submit')!.click();
    document.querySelector('.submit')!.dispatchEvent(click());
    document.getElementById('editor')!.dispatchEvent(ctrlEnter());
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('stops listening when the sidebar stops', () => {
    controller.abort();
    document.querySelector('.submit')!.dispatchEvent(fromTheAgent(click()));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
