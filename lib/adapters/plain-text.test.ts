import { describe, expect, it } from 'vitest';
import { plainTextOf, withoutQuotedTail } from './plain-text';

function element(html: string): Element {
  return new DOMParser().parseFromString(`<div id="m">${html}</div>`, 'text/html').getElementById('m')!;
}

describe('plainTextOf', () => {
  it('keeps paragraphs and list items as lines, and never returns markup', () => {
    const text = plainTextOf(element('<p>Hi,</p><p>it <b>crashes</b> on export.</p><ul><li>Step one</li><li>Step two</li></ul>'));
    expect(text).toBe('Hi,\n\nit crashes on export.\n\n- Step one\n\n- Step two');
  });

  it('leaves out quoted email history in a blockquote', () => {
    const text = plainTextOf(element('<p>Still broken.</p><blockquote><p>On Mon, Sam wrote:</p><p>Try again</p></blockquote>'));
    expect(text).toBe('Still broken.');
  });

  it('can keep the quotes when asked', () => {
    expect(plainTextOf(element('<p>A</p><blockquote>B</blockquote>'), { keepQuotes: true })).toContain('B');
  });

  it('ignores scripts and styles inside a message', () => {
    expect(plainTextOf(element('<p>Hello</p><style>p{}</style><script>alert(1)</script>'))).toBe('Hello');
  });
});

describe('withoutQuotedTail', () => {
  it.each([
    ['an attribution line', 'It still fails.\nOn Tue, 17 Nov 2026 at 10:05, Sam <s@example.com> wrote:\nOld text', 'It still fails.'],
    ['an attribution wrapped over two lines', 'It still fails.\nOn Tue, 17 Nov 2026 at 10:05, Sam <s@example.com>\nwrote:\nOld', 'It still fails.'],
    ['a French attribution', 'Toujours pas.\nLe mar. 17 nov. 2026, Sam a écrit :\nAncien', 'Toujours pas.'],
    ['an Outlook separator', 'Thanks\n-----Original Message-----\nFrom: x', 'Thanks'],
    ['an Outlook header block', 'Thanks\nFrom: Sam\nSent: Monday\nTo: me', 'Thanks'],
    ['a trailing run of > lines', 'See below\n> quoted\n> more', 'See below'],
  ])('cuts %s', (_name, input, expected) => {
    expect(withoutQuotedTail(input)).toBe(expected);
  });

  it.each([
    ['a sentence that happens to start with "On"', 'On Monday the export crashed.\nIt happens every time.'],
    ['a > inside the message followed by more text', 'Compare:\n> the old value\nand the new one is lower'],
    ['a first line that looks like an attribution', 'On Tue, Sam wrote:\nbut nothing else'],
  ])('keeps %s', (_name, input) => {
    expect(withoutQuotedTail(input)).toBe(input);
  });
});
