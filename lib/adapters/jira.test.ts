import { describe, expect, it } from 'vitest';
import { JIRA_TICKETS } from '../../tests/fixtures/jira/jira-tickets';
import { loadFixture } from '../../tests/unit/load-fixture';
import { jira } from './jira';
import { latestCustomerMessage, ticketRef } from './types';

const sup7 = ticketRef('jira', 'https://acme.atlassian.net', 'SUP-7');
const sup9 = ticketRef('jira', 'https://acme.atlassian.net', 'SUP-9');

/** The fixture with SUP-9's view rendered in place of SUP-7's, as the queue shows it after a click. */
function showingSup9(): Document {
  const doc = loadFixture('jira/issue-view.html');
  const template = doc.querySelector<HTMLTemplateElement>('template[data-fixture-view-template]')!;
  doc.querySelector('[data-fixture-outlet]')!.replaceChildren(template.content.cloneNode(true));
  return doc;
}

function composerOf(root: Element): Element {
  return root.querySelector('[data-testid="issue.activity.comment"]')!;
}

describe('jira on the service-desk issue view fixture', () => {
  const doc = loadFixture('jira/issue-view.html');

  it('finds the issue view of the request the URL names, and none while another request is shown', () => {
    const root = jira.findTicketRoot(doc, sup7)!;
    expect(root.getAttribute('data-testid')).toBe('issue.views.issue-details.issue-layout.issue-layout');
    // The queue has just pushed SUP-9's URL; SUP-7's view is still on screen.
    expect(jira.findTicketRoot(doc, sup9)).toBeNull();
    expect(jira.findTicketRoot(doc, ticketRef('jira', 'https://acme.atlassian.net', 'SUP-70'))).toBeNull();
  });

  it("reads the summary, labels, the request as the reporter's first message and the comments oldest first", () => {
    const content = jira.readTicket(jira.findTicketRoot(doc, sup7)!);
    expect(content.subject).toBe(JIRA_TICKETS['SUP-7'].subject);
    expect(content.tags).toEqual(JIRA_TICKETS['SUP-7'].tags);
    expect(content.channel).toBeUndefined();
    expect(content.messages.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Chen Wei'],
      ['agent', 'Ana Lopes'],
      ['internal', 'Ana Lopes'],
      ['customer', 'Chen Wei'],
    ]);
    expect(content.messages[0]!.text).toContain(JIRA_TICKETS['SUP-7'].firstMessageSays);
    for (const message of content.messages) expect(message.text).not.toMatch(/<[a-z]/i);
  });

  it("gives the customer's latest comment without its quote, though Jira lists it first", () => {
    const latest = latestCustomerMessage(jira.readTicket(jira.findTicketRoot(doc, sup7)!).messages)!;
    expect(latest.author).toBe('Chen Wei');
    expect(latest.text).toContain(JIRA_TICKETS['SUP-7'].latestMessageSays);
    expect(latest.text).not.toContain(JIRA_TICKETS['SUP-7'].quotedHistorySays);
  });

  it('takes no comment for the customer when the reporter cannot be read', () => {
    const noReporter = loadFixture('jira/issue-view.html');
    for (const el of noReporter.querySelectorAll('[data-testid^="issue.views.field.user.reporter"]')) el.remove();
    const roles = jira.readTicket(jira.findTicketRoot(noReporter, sup7)!).messages.map((m) => m.role);
    // The request itself is still the customer's: a service-desk request is what its customer wrote.
    expect(roles).toEqual(['customer', 'agent', 'internal', 'agent']);
  });

  it('finds the Atlassian editor while "Reply to customer" is the selected tab', () => {
    const root = jira.findTicketRoot(doc, sup7)!;
    const editor = jira.findActiveReplyEditor(root)!;
    expect(editor.kind).toBe('prosemirror');
    expect(editor.element.id).toBe('ak-editor-textarea');
    expect(editor.element.matches(jira.editorSelector)).toBe(true);
    expect(root.querySelector(jira.submitSelector)?.textContent).toBe('Save');
  });

  it('offers no reply box, and no way to open one, while "Add internal note" is selected', () => {
    const internal = loadFixture('jira/issue-view.html');
    const root = jira.findTicketRoot(internal, sup7)!;
    internal.getElementById('comment-editor-container-tabs-0')!.setAttribute('aria-selected', 'true');
    internal.getElementById('comment-editor-container-tabs-1')!.setAttribute('aria-selected', 'false');
    expect(jira.findActiveReplyEditor(root)).toBeNull();
    expect(jira.findReplyOpener!(root)).toBeNull();
  });

  it('goes by the tab labels when the tab ids are renumbered', () => {
    const renumbered = loadFixture('jira/issue-view.html');
    const root = jira.findTicketRoot(renumbered, sup7)!;
    const [internalTab, replyTab] = [...root.querySelectorAll('[role="tab"]')];
    internalTab!.id = 'comment-editor-container-tabs-1';
    replyTab!.id = 'comment-editor-container-tabs-2';
    expect(jira.findActiveReplyEditor(root)).not.toBeNull();
    replyTab!.setAttribute('aria-selected', 'false');
    internalTab!.setAttribute('aria-selected', 'true');
    expect(jira.findActiveReplyEditor(root)).toBeNull();
  });

  it("never takes the description's editor for the reply box", () => {
    const editing = loadFixture('jira/issue-view.html');
    const root = jira.findTicketRoot(editing, sup7)!;
    // The agent closed the composer and is editing the description, whose editor has the same id.
    composerOf(root).replaceChildren();
    const description = root.querySelector('[data-testid="issue.views.field.rich-text.description"]')!;
    const descriptionEditor = editing.createElement('div');
    descriptionEditor.className = 'ProseMirror';
    descriptionEditor.id = 'ak-editor-textarea';
    descriptionEditor.setAttribute('contenteditable', 'true');
    description.append(descriptionEditor);
    expect(jira.findActiveReplyEditor(root)).toBeNull();
    expect(descriptionEditor.matches(jira.editorSelector)).toBe(false);
  });

  it('still finds the issue view when its wrapper loses its test id, without taking in the queue', () => {
    const unwrapped = loadFixture('jira/issue-view.html');
    unwrapped.querySelector('[data-fixture-view]')!.removeAttribute('data-testid');
    const root = jira.findTicketRoot(unwrapped, sup7)!;
    expect(root.querySelector('h1')?.textContent).toBe(JIRA_TICKETS['SUP-7'].subject);
    expect(latestCustomerMessage(jira.readTicket(root).messages)?.text).toContain(JIRA_TICKETS['SUP-7'].latestMessageSays);
    expect(jira.findActiveReplyEditor(root)).not.toBeNull();
  });
});

describe('jira after the queue opened the other request (SUP-9)', () => {
  const doc = showingSup9();

  it("reads SUP-9 only, and finds no view for SUP-7 any more", () => {
    expect(jira.findTicketRoot(doc, sup7)).toBeNull();
    const content = jira.readTicket(jira.findTicketRoot(doc, sup9)!);
    expect(content.subject).toBe(JIRA_TICKETS['SUP-9'].subject);
    expect(JSON.stringify(content)).not.toContain('809');
    const latest = latestCustomerMessage(content.messages)!;
    expect(latest).toMatchObject({ author: 'Fatima Zahra' });
    expect(latest.text).toContain(JIRA_TICKETS['SUP-9'].latestMessageSays);
  });

  it('has no reply box while the composer is closed, and opens it with "Reply to customer"', () => {
    const root = jira.findTicketRoot(doc, sup9)!;
    expect(jira.findActiveReplyEditor(root)).toBeNull();
    const opener = jira.findReplyOpener!(root)!;
    expect(opener.textContent).toBe('Reply to customer');
    expect(opener.getAttribute('data-fixture-open')).toBe('reply');
  });
});

describe('jira on a page it does not understand', () => {
  it('finds no issue view after the work-item rename, so the sidebar says so', () => {
    const renamed = loadFixture('jira/unknown-layout.html');
    expect(jira.findTicketRoot(renamed, sup7)).toBeNull();
  });
});
