import jQuery from 'jquery';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runPageEditorOperation } from '.';
import { readEditorText } from '../editor-text';
import { summernoteDriver } from './summernote';

// The real Summernote 0.8.9 (npm) on jQuery 3.6, the versions a FreeScout 1.8 page runs, in happy-dom.
// The live suite (tests/live/freescout.live.ts) drives the helpdesk's own patched build in Chromium.

interface Note {
  summernote(command: string | object, ...args: unknown[]): unknown;
}

beforeAll(async () => {
  (window as unknown as { jQuery: typeof jQuery }).jQuery = jQuery;
  await import('summernote/dist/summernote.js');
  expect(jQuery.summernote).toBeDefined();
});

afterEach(() => document.body.replaceChildren());

/** A Summernote on a textarea, as a helpdesk makes one; its editable, the textarea and a change spy. */
function editor(html: string) {
  const textarea = document.body.appendChild(document.createElement('textarea'));
  // The text the page renders into the textarea: Summernote starts with it, the first state of its undo history.
  textarea.value = html;
  const onChange = vi.fn();
  const note = jQuery(textarea) as unknown as Note;
  note.summernote({ tooltip: false, callbacks: { onChange } });
  const editable = document.querySelector<HTMLElement>('.note-editable')!;
  return { textarea, note, editable, onChange };
}

describe('the Summernote driver on the real Summernote 0.8.9', () => {
  it("takes the editable of a Summernote, and not a bare editable (the plain driver's)", () => {
    const { editable } = editor('<p>Hi Marta,</p>');
    expect(summernoteDriver.attach(editable)).not.toBeNull();
    const bare = document.body.appendChild(document.createElement('div'));
    bare.contentEditable = 'true';
    expect(summernoteDriver.attach(bare)).toBeNull();
  });

  it('inserts lines at the top as paragraphs of their own, as one undo step the form and the helpdesk see', async () => {
    const { note, editable, textarea, onChange } = editor('<p>Thanks for waiting.</p>');
    const result = await runPageEditorOperation(editable, { op: 'insert', text: "Just to make sure I've understood: <E-409> fails\non export.", at: 'start' }, 'summernote');
    expect(result).toEqual({ ok: true, via: 'summernote' });
    expect(readEditorText(editable).text).toBe("Just to make sure I've understood: <E-409> fails\non export.\nThanks for waiting.");
    expect(editable.querySelector('p')!.textContent).toBe("Just to make sure I've understood: <E-409> fails");
    // Summernote's AutoSync copied it into the textarea the form posts, and the page's onChange heard it.
    expect(textarea.value).toContain('&lt;E-409&gt;');
    expect(onChange).toHaveBeenCalled();
    note.summernote('undo');
    expect(readEditorText(editable).text).toBe('Thanks for waiting.');
  });

  it('puts the first line into an empty editor without a blank line before it', async () => {
    const { editable } = editor('<p><br></p>');
    await runPageEditorOperation(editable, { op: 'insert', text: 'Hi Kwame,', at: 'end' }, 'summernote');
    expect(readEditorText(editable).text).toBe('Hi Kwame,');
  });

  it("replaces a hint's words through the editor's insertText, and refuses words that changed since", async () => {
    const { editable, textarea } = editor('<p>Are you sure it was not delivered?</p>');
    const stale = await runPageEditorOperation(editable, { op: 'replace', start: 0, end: 12, expected: 'Were you sur', text: 'x' }, 'summernote');
    expect(stale).toEqual({ ok: false, code: 'changed', error: 'the reply has changed since; try again' });
    const result = await runPageEditorOperation(editable, { op: 'replace', start: 0, end: 12, expected: 'Are you sure', text: 'Could you check' }, 'summernote');
    expect(result).toEqual({ ok: true, via: 'summernote' });
    expect(readEditorText(editable).text).toBe('Could you check it was not delivered?');
    expect(textarea.value).toContain('Could you check');
  });

  it('sets the whole reply when a draft is restored', async () => {
    const { editable, textarea } = editor('<p>old text</p>');
    await runPageEditorOperation(editable, { op: 'set', text: 'Hi Marta,\nthe export works again.' }, 'summernote');
    expect(readEditorText(editable).text).toBe('Hi Marta,\nthe export works again.');
    expect(textarea.value).toBe('<p>Hi Marta,</p><p>the export works again.</p>');
  });

  it('writes nothing into a disabled editor', async () => {
    const { note, editable } = editor('<p>Sent.</p>');
    note.summernote('disable');
    expect(await runPageEditorOperation(editable, { op: 'insert', text: 'more', at: 'end' }, 'summernote')).toEqual({ ok: false, code: 'read-only', error: 'the reply editor is read-only' });
    expect(readEditorText(editable).text).toBe('Sent.');
  });
});
