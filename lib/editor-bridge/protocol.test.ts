import { describe, expect, it } from 'vitest';
import { editorResponseSigningText, parseEditorRequest, parseEditorResponse, textToParagraphHtml } from './protocol';

describe('textToParagraphHtml', () => {
  it('makes a paragraph of each line and escapes markup in the text', () => {
    expect(textToParagraphHtml('Hi <b>Marta</b> & team\n\nIt\'s "fixed"')).toBe(
      '<p>Hi &lt;b&gt;Marta&lt;/b&gt; &amp; team</p><p><br></p><p>It\'s "fixed"</p>',
    );
  });
});

describe('editor bridge messages', () => {
  it('round-trips a request', () => {
    const request = { id: 'a1', op: 'insert', text: 'Hello', at: 'start' };
    expect(parseEditorRequest(JSON.stringify(request))).toEqual(request);
  });

  it("round-trips the adapter's editor kind, which picks the page-world driver", () => {
    const request = { id: 'e', op: 'insert', text: 'Hi', at: 'start', editor: 'slate' };
    expect(parseEditorRequest(JSON.stringify(request))).toEqual(request);
  });

  it.each([
    { id: 'b', op: 'select', start: 3, end: 9, expected: 'always' },
    { id: 'c', op: 'replace', start: 3, end: 9, expected: 'always', text: 'usually' },
    { id: 'd', op: 'set', text: 'Hello\nagain' },
  ])('round-trips a $op request', (request) => {
    expect(parseEditorRequest(JSON.stringify(request))).toEqual(request);
  });

  it.each([
    ['a span that ends before it starts', JSON.stringify({ id: 'a', op: 'select', start: 5, end: 2, expected: '' })],
    ['a fractional offset', JSON.stringify({ id: 'a', op: 'replace', start: 1.5, end: 2, expected: 'x', text: 'y' })],
    ['a replace without the expected words', JSON.stringify({ id: 'a', op: 'replace', start: 1, end: 2, text: 'y' })],
    ['not a string', { id: 'a', op: 'insert', text: 'x', at: 'start' }],
    ['not JSON', '{id:'],
    ['an unknown operation', JSON.stringify({ id: 'a', op: 'eval', text: 'x', at: 'start' })],
    ['an unknown position', JSON.stringify({ id: 'a', op: 'insert', text: 'x', at: 'middle' })],
    ['text that is not a string', JSON.stringify({ id: 'a', op: 'insert', text: 1, at: 'start' })],
    ['for an editor no driver knows', JSON.stringify({ id: 'a', op: 'insert', text: 'x', at: 'start', editor: 'tinymce' })],
  ])('refuses a request that is %s', (_name, detail) => {
    expect(parseEditorRequest(detail)).toBeNull();
  });

  it('keeps only known fields of a response', () => {
    expect(parseEditorResponse(JSON.stringify({ id: 'a', ok: true, via: 'froala', extra: 1 }))).toEqual({ id: 'a', ok: true, via: 'froala', error: undefined });
    expect(parseEditorResponse(JSON.stringify({ id: 'a', ok: true, via: 'slate' }))).toMatchObject({ via: 'slate' });
    expect(parseEditorResponse(JSON.stringify({ id: 'a', ok: true, via: 'eval' }))).toMatchObject({ via: undefined });
    expect(parseEditorResponse(JSON.stringify({ id: 'a', ok: 'yes' }))).toBeNull();
  });

  it("reads a driver's failure with its code and words, and signs all of them", () => {
    const failed = parseEditorResponse(JSON.stringify({ id: 'a', ok: false, code: 'read-only', error: 'the reply editor is read-only', tag: 'ab' }));
    expect(failed).toEqual({ id: 'a', ok: false, code: 'read-only', error: 'the reply editor is read-only', tag: 'ab' });
    const base = { id: 'a', ok: false, code: 'read-only', error: 'the reply editor is read-only' } as const;
    const signed = editorResponseSigningText(base);
    expect(editorResponseSigningText({ ...base, code: 'changed' })).not.toBe(signed);
    expect(editorResponseSigningText({ ...base, error: 'done' })).not.toBe(signed);
  });

  it.each([
    ['a code no driver answers', { id: 'a', ok: false, code: 'exploded', error: 'x' }],
    ["the content script's own code (the page cannot say the bridge was silent)", { id: 'a', ok: false, code: 'no-answer', error: 'x' }],
    ['a failure without words', { id: 'a', ok: false, code: 'read-only' }],
    ['a failure without a code', { id: 'a', ok: false, error: 'x' }],
  ])('refuses a response with %s', (_name, response) => {
    expect(parseEditorResponse(JSON.stringify(response))).toBeNull();
  });
});
