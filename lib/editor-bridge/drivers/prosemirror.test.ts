import { history, undo } from 'prosemirror-history';
import { DOMParser as ProseMirrorParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { readEditorText } from '../editor-text';
import { runPageEditorOperation } from '.';

// A real ProseMirror (prosemirror-view, -state, -model, -schema-basic, -history from npm) in
// happy-dom, mounted as Intercom and Jira mount theirs: nothing on the DOM leads to the view.
// Every check reads the editor's model (state.doc, state.selection), never the DOM.

const INITIAL = 'Thanks for waiting.\nThe refund is on its way.';
const views: EditorView[] = [];
afterEach(() => views.splice(0).forEach((view) => view.destroy()));

function mountProseMirror(lines: string[], { editable = true } = {}) {
  const source = document.createElement('div');
  for (const line of lines) source.appendChild(document.createElement('p')).textContent = line;
  const saved: string[] = [];
  const view: EditorView = new EditorView(document.body.appendChild(document.createElement('div')), {
    state: EditorState.create({ doc: ProseMirrorParser.fromSchema(schema).parse(source), plugins: [history()] }),
    editable: () => editable,
    // The page's save: it sees every transaction that changes the document.
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      if (transaction.docChanged) saved.push(text());
    },
  });
  views.push(view);
  const text = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
  return { view, text, saved, undo: () => undo(view.state, view.dispatch) };
}

function spanOf(element: HTMLElement, words: string) {
  const start = readEditorText(element).text.indexOf(words);
  return { start, end: start + words.length, expected: words };
}

describe('the ProseMirror driver', () => {
  it('inserts lines at the top as paragraphs of their own, through a paste the view parses into one undo step the save sees', async () => {
    const editor = mountProseMirror(INITIAL.split('\n'));
    expect(await runPageEditorOperation(editor.view.dom, { op: 'insert', text: 'Hi Marta,\nSorry for the trouble.', at: 'start' }, 'prosemirror')).toEqual({
      ok: true,
      via: 'prosemirror',
    });
    expect(editor.text()).toBe(`Hi Marta,\nSorry for the trouble.\n${INITIAL}`);
    expect(editor.saved.at(-1)).toBe(editor.text());
    editor.undo();
    expect(editor.text()).toBe(INITIAL);
  });

  it('inserts into an empty reply without leaving an empty paragraph behind', async () => {
    const editor = mountProseMirror([]);
    expect(await runPageEditorOperation(editor.view.dom, { op: 'insert', text: 'Hi Marta,', at: 'start' }, 'prosemirror')).toMatchObject({ ok: true });
    expect(editor.view.state.doc.childCount).toBe(1);
    expect(editor.text()).toBe('Hi Marta,');
  });

  it("replaces a hint's words in the model, and one undo brings them back", async () => {
    const editor = mountProseMirror(INITIAL.split('\n'));
    const span = spanOf(editor.view.dom, 'refund');
    expect(await runPageEditorOperation(editor.view.dom, { op: 'replace', ...span, text: 'full refund' }, 'prosemirror')).toMatchObject({ ok: true });
    expect(editor.text()).toBe('Thanks for waiting.\nThe full refund is on its way.');
    editor.undo();
    expect(editor.text()).toBe(INITIAL);
  });

  it("puts a hint's words in the editor's own selection", async () => {
    const editor = mountProseMirror(INITIAL.split('\n'));
    const span = spanOf(editor.view.dom, 'on its way');
    expect(await runPageEditorOperation(editor.view.dom, { op: 'select', ...span }, 'prosemirror')).toEqual({ ok: true, via: 'prosemirror' });
    const { from, to } = editor.view.state.selection;
    expect(editor.view.state.doc.textBetween(from, to)).toBe('on its way');
  });

  it('sets the whole reply (a restored draft)', async () => {
    const editor = mountProseMirror(INITIAL.split('\n'));
    expect(await runPageEditorOperation(editor.view.dom, { op: 'set', text: 'Hello again,\nyour parcel left today.' }, 'prosemirror')).toMatchObject({ ok: true });
    expect(editor.text()).toBe('Hello again,\nyour parcel left today.');
  });

  it('writes nothing into a read-only editor, and says so', async () => {
    const editor = mountProseMirror(INITIAL.split('\n'), { editable: false });
    expect(await runPageEditorOperation(editor.view.dom, { op: 'insert', text: 'Hi', at: 'start' }, 'prosemirror')).toEqual({ ok: false, code: 'read-only', error: 'the reply editor is read-only' });
    expect(editor.text()).toBe(INITIAL);
  });
});
