import { afterEach, describe, expect, it } from 'vitest';
import { elementFor, selectorFor } from './element-selector';
import { pageAdapter } from './page-adapter';
import { pageTicketAt } from './page-ticket';
import { editorKindOf, replyBoxAt } from './reply-box';
import { NO_PICKS, type SitePicks } from './site-picks';

afterEach(() => document.body.replaceChildren());

function page(html: string) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

describe('the reply box an agent clicks into', () => {
  it.each([
    ['a textarea', '<form><textarea name="reply"></textarea></form>', 'textarea', 'plain'],
    ['a CKEditor 5 editable', '<div class="ck ck-editor__editable" contenteditable="true"><p id="in">x</p></div>', '#in', 'ckeditor5'],
    ['a ProseMirror editable', '<div class="ProseMirror" contenteditable="true"><p id="in">x</p></div>', '#in', 'prosemirror'],
    ['a bare editable', '<div contenteditable="true"><p id="in">x</p></div>', '#in', 'contenteditable'],
  ])('takes %s, its outermost editable, with its kind', (_name, html, clicked, kind) => {
    page(html);
    const box = replyBoxAt(document.querySelector(clicked));
    expect(box?.matches('textarea, [contenteditable]')).toBe(true);
    expect(editorKindOf(box!)).toBe(kind);
  });

  it.each([
    ['a read-only textarea', '<textarea id="in" readonly></textarea>'],
    ['a paragraph', '<p id="in">text</p>'],
  ])('takes nothing from %s', (_name, html) => {
    page(html);
    expect(replyBoxAt(document.querySelector('#in'))).toBeNull();
  });
});

describe('selectorFor', () => {
  it.each([
    ['a stable id', '<textarea id="reply-body"></textarea>', 'textarea', '#reply-body'],
    ['a name only it has', '<textarea name="reply"></textarea><textarea name="note"></textarea>', 'textarea', 'textarea[name="reply"]'],
    ['an aria-label only it has', '<div contenteditable="true" aria-label="Reply"></div>', 'div', 'div[aria-label="Reply"]'],
    ['its path when nothing names it (a generated id passed over)', '<main id="ember1234"><div></div><div><textarea></textarea></div></main>', 'textarea', 'body > main > div:nth-of-type(2) > textarea'],
    ['its path from a stable ancestor', '<section id="composer"><div><textarea></textarea></div></section>', 'textarea', '#composer > div > textarea'],
  ])('finds the element again by %s', (_name, html, target, expected) => {
    page(html);
    const element = document.querySelector(target)!;
    expect(selectorFor(element)).toBe(expected);
    expect(elementFor(document, expected)).toBe(element);
  });

  it('escapes what the page wrote, so no page text is read as selector syntax', () => {
    page('<textarea name="a&quot;] , body [x=&quot;"></textarea>');
    const selector = selectorFor(document.querySelector('textarea')!)!;
    expect(elementFor(document, selector)).toBe(document.querySelector('textarea'));
  });

  it('finds nothing for a selector the browser cannot read', () => {
    expect(elementFor(document, 'div[')).toBeNull();
  });
});

describe('pageAdapter', () => {
  const source = (picks: Partial<SitePicks>, given: Record<string, string> = {}) => ({
    picks: () => ({ ...NO_PICKS, ...picks }),
    givenMessage: (key: string) => given[key] ?? null,
  });
  const ticket = pageTicketAt(new URL('https://crm.example.com/cases/12'))!.ticket;

  it("reads the customer's message the agent gave for this ticket, else the text of the remembered area", () => {
    page('<article id="message"><p>The export stops.</p><blockquote>older mail</blockquote></article><textarea name="reply"></textarea>');
    const adapter = pageAdapter(source({ messageArea: '#message', replyBox: 'textarea[name="reply"]' }));
    const root = adapter.findTicketRoot(document, ticket)!;
    expect(adapter.readTicket(root).messages).toEqual([{ role: 'customer', author: '', time: null, text: 'The export stops.' }]);
    const given = pageAdapter(source({ messageArea: '#message' }, { [ticket.key]: 'What I selected' }));
    expect(given.readTicket(given.findTicketRoot(document, ticket)!).messages[0]!.text).toBe('What I selected');
    expect(adapter.findActiveReplyEditor(root)).toEqual({ element: document.querySelector('textarea'), kind: 'plain' });
  });

  it('finds no reply box until one is picked, or when the picked one is gone', () => {
    page('<textarea name="reply"></textarea>');
    expect(pageAdapter(source({})).findActiveReplyEditor(document.body)).toBeNull();
    expect(pageAdapter(source({ replyBox: '#gone' })).findActiveReplyEditor(document.body)).toBeNull();
  });

  it("names the ticket by the agent's parameter", () => {
    const adapter = pageAdapter(source({ ticketParameter: 'case' }));
    expect(adapter.ticketFromUrl(new URL('https://crm.example.com/view?case=12&tab=2'))?.key).toBe('page@https://crm.example.com/view?case=12');
  });
});
