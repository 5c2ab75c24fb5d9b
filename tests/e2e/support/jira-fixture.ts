import type { Page } from 'playwright-core';

/** The test hooks tests/fixtures/jira/issue-view.js puts on `window.__lfFixture`. */
export interface JiraFixtureHooks {
  helpdesk: 'jira';
  /** Resolves once the shown request's composer editor (if open) is mounted. */
  ready: Promise<void>;
  currentTicketId(): string | null;
  /** The composer editor's MODEL text (ProseMirror's doc), null while the composer is closed. */
  getEditorText(): string | null;
  selectedTab(): 'reply' | 'internal' | null;
  /** Like clicking the request in the queue: pushState, then the issue view replaced wholesale. */
  navigateTo(key: string): Promise<void>;
  openComposer(kind: 'reply' | 'internal'): Promise<void>;
  selectTab(kind: 'reply' | 'internal'): void;
  addCustomerComment(text: string): void;
  save(): void;
}

/** Typed access to the Jira fixture's hooks from Node. */
export function jiraFixture(page: Page) {
  return {
    currentTicketId: () => page.evaluate(() => (window as unknown as { __lfFixture: JiraFixtureHooks }).__lfFixture.currentTicketId()),
    getEditorText: () => page.evaluate(() => (window as unknown as { __lfFixture: JiraFixtureHooks }).__lfFixture.getEditorText()),
    selectedTab: () => page.evaluate(() => (window as unknown as { __lfFixture: JiraFixtureHooks }).__lfFixture.selectedTab()),
    navigateTo: (key: string) => page.evaluate((value) => (window as unknown as { __lfFixture: JiraFixtureHooks }).__lfFixture.navigateTo(value), key),
    openComposer: (kind: 'reply' | 'internal') => page.evaluate((value) => (window as unknown as { __lfFixture: JiraFixtureHooks }).__lfFixture.openComposer(value), kind),
    addCustomerComment: (text: string) => page.evaluate((value) => (window as unknown as { __lfFixture: JiraFixtureHooks }).__lfFixture.addCustomerComment(value), text),
  };
}

/** The composer's editable (the real ProseMirror's, once mounted). */
export const JIRA_EDITOR = '[data-testid="issue.activity.comment"] [data-fixture-editor-ready] .ProseMirror';
