import { describe, expect, it } from 'vitest';
import { rangeForOffsets, readEditorText } from './editor-text';

function editable(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<div id="e" contenteditable="true">${html}</div>`, 'text/html');
  // Adopted into the live document: happy-dom's ranges misbehave on DOMParser documents.
  return document.body.appendChild(document.adoptNode(doc.getElementById('e')!));
}

describe('readEditorText', () => {
  it('reads paragraphs as lines, with inline formatting flattened', () => {
    expect(readEditorText(editable('<p>Hi <strong>Marta</strong>,</p><p>thanks&nbsp;for waiting.</p>')).text).toBe('Hi Marta,\nthanks for waiting.');
  });

  it("skips CKEditor's filler <br> and inline filler, and Froala's markers", () => {
    const el = editable('<p>One</p><p><br data-cke-filler="true"></p><p>\u2060\u2060Two<span class="fr-marker">x</span>\u200b</p>');
    expect(readEditorText(el).text).toBe('One\nTwo');
  });

  it("reads a textarea's value, not its initial text", () => {
    const textarea = document.body.appendChild(document.createElement('textarea'));
    textarea.textContent = 'Initial';
    textarea.value = 'Hi Marta,\nthanks';
    expect(readEditorText(textarea).text).toBe('Hi Marta,\nthanks');
  });

  it('reads list items and line breaks as lines', () => {
    expect(readEditorText(editable('<ul><li>Restart</li><li>Retry</li></ul><p>a<br>b</p>')).text).toBe('Restart\nRetry\na\nb');
  });
});

describe('rangeForOffsets', () => {
  it('maps an offset span back to exactly those words in the DOM', () => {
    const el = editable('<p>Hi Marta,</p><p>are you <em>certain</em> you typed it?</p>');
    const { text } = readEditorText(el);
    const start = text.indexOf('are you certain');
    const result = rangeForOffsets(el, start, start + 'are you certain'.length)!;
    expect(result.text).toBe('are you certain');
    const { startContainer, startOffset, endContainer, endOffset } = result.range;
    expect(startContainer.nodeValue!.slice(startOffset)).toBe('are you ');
    expect(endContainer.nodeValue!.slice(0, endOffset)).toBe('certain');
    expect(endContainer.parentElement!.tagName).toBe('EM');
  });

  it('maps across skipped invisible characters', () => {
    const el = editable('<p>\u2060\u2060obviously fine</p>');
    const result = rangeForOffsets(el, 0, 9)!;
    expect(result.text).toBe('obviously');
    expect(result.range.startOffset).toBe(2);
    expect(result.range.endOffset).toBe(11);
  });

  it('refuses spans outside the text', () => {
    const el = editable('<p>short</p>');
    expect(rangeForOffsets(el, 2, 99)).toBeNull();
    expect(rangeForOffsets(el, -1, 2)).toBeNull();
  });
});
