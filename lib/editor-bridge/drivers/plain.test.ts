import { describe, expect, it, vi } from 'vitest';
import { runPageEditorOperation } from '.';

// The plain driver on a textarea, as a helpdesk with no rich editor has it. happy-dom has no
// execCommand editing, so this is the path where the browser refuses it: setRangeText and an
// input event (Chromium's execCommand path, with its undo, is in tests/e2e/editor-drivers.e2e.ts).

function textarea(value: string, { readOnly = false } = {}) {
  const element = document.body.appendChild(document.createElement('textarea'));
  element.value = value;
  element.readOnly = readOnly;
  const input = vi.fn();
  element.addEventListener('input', input);
  return { element, input };
}

describe('the plain driver on a textarea', () => {
  it('inserts at the top as a line of its own, and the page hears an input event', async () => {
    const { element, input } = textarea('Thanks for waiting.');
    expect(await runPageEditorOperation(element, { op: 'insert', text: 'Hi Marta,', at: 'start' }, 'plain')).toEqual({ ok: true, via: 'native' });
    expect(element.value).toBe('Hi Marta,\nThanks for waiting.');
    expect(input).toHaveBeenCalled();
  });

  it('inserts at the end and at the cursor', async () => {
    const { element } = textarea('Thanks for waiting.');
    await runPageEditorOperation(element, { op: 'insert', text: 'Sam', at: 'end' }, 'plain');
    element.setSelectionRange(6, 6);
    await runPageEditorOperation(element, { op: 'insert', text: ' you', at: 'cursor' }, 'plain');
    expect(element.value).toBe('Thanks you for waiting.\nSam');
  });

  it("replaces and selects a hint's words by their offsets in the value", async () => {
    const { element } = textarea('Thanks for waiting.\nThe refund is on its way.');
    const start = element.value.indexOf('refund');
    expect(await runPageEditorOperation(element, { op: 'replace', start, end: start + 6, expected: 'refund', text: 'full refund' }, 'plain')).toMatchObject({ ok: true });
    expect(element.value).toBe('Thanks for waiting.\nThe full refund is on its way.');
    const at = element.value.indexOf('on its way');
    await runPageEditorOperation(element, { op: 'select', start: at, end: at + 10, expected: 'on its way' }, 'plain');
    expect(element.value.slice(element.selectionStart, element.selectionEnd)).toBe('on its way');
  });

  it('refuses words that changed since, and a read-only textarea', async () => {
    const { element } = textarea('The refund is on its way.');
    expect(await runPageEditorOperation(element, { op: 'replace', start: 4, end: 10, expected: 'parcel', text: 'x' }, 'plain')).toMatchObject({ ok: false });
    const readOnly = textarea('Hi', { readOnly: true }).element;
    expect(await runPageEditorOperation(readOnly, { op: 'set', text: 'Bye' }, 'plain')).toEqual({ ok: false, code: 'read-only', error: 'the reply editor is read-only' });
    expect(readOnly.value).toBe('Hi');
  });
});

describe('choosing a driver', () => {
  it('falls back to the plain driver when the kind names an editor the element does not hold', async () => {
    const { element } = textarea('Hi');
    expect(await runPageEditorOperation(element, { op: 'set', text: 'Bye' }, 'ckeditor5')).toEqual({ ok: true, via: 'native' });
    expect(element.value).toBe('Bye');
  });

  it('writes into nothing that is not an editor', async () => {
    const div = document.body.appendChild(document.createElement('div'));
    expect(await runPageEditorOperation(div, { op: 'insert', text: 'Hi', at: 'start' })).toEqual({ ok: false, code: 'no-editor', error: 'this reply editor is not one ListenFirst can write to' });
  });
});
