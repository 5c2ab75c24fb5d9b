/**
 * Redactor 3 (Imperavi; editorKind 'redactor', bundled by helpdesks that start it on their reply
 * textareas, 3.5.2 in the one the registry knows). Redactor keeps every instance in `$R.app` in the page's world; the
 * one whose editor element is the editable is ours. Writes go through the instance's `api()` (which
 * first records the editor's state for its undo), then a `hardsync` broadcast: Redactor copies the
 * editor into its textarea at once and announces `changed`, which the helpdesk's form post and its
 * own draft saving read (a plain DOM write would reach the textarea only on Redactor's next sync).
 */
import { escapeHtml, textToParagraphHtml } from '../protocol';
import { selectDomRange } from './selection-driven-editor';
import { NOT_FOUND, READ_ONLY, type DriverResult, type DrivenEditor, type EditorDriver } from './types';

// The minimal shape of the API we call (Redactor 3's app object; its Dom wrapper's get() is the node).
interface RedactorApp {
  api(name: string, ...args: unknown[]): unknown;
  broadcast(name: string, ...args: unknown[]): unknown;
  editor: { getElement(): { get(): HTMLElement; html(): string } };
  isReadOnly(): boolean;
}

const OK: DriverResult = { ok: true, via: 'redactor' };

export const redactorDriver: EditorDriver = {
  attach(element) {
    const app = findRedactorApp(element);
    return app ? drive(app, element) : null;
  },
};

function findRedactorApp(element: HTMLElement): RedactorApp | null {
  const redactor = (element.ownerDocument.defaultView as { $R?: { app?: Record<string, RedactorApp | undefined> } } | null)?.$R;
  for (const app of Object.values(redactor?.app ?? {})) {
    try {
      if (app?.editor.getElement().get() === element) return app;
    } catch {
      // An instance destroyed since (a page that rebuilds its editors after an in-page load): not ours.
    }
  }
  return null;
}

function drive(app: RedactorApp, element: HTMLElement): DrivenEditor {
  const change = (write: () => void): DriverResult => {
    if (app.isReadOnly()) return READ_ONLY;
    write();
    app.broadcast('hardsync');
    return OK;
  };
  // insertion.set(html, clean, focus): the editor's whole content, Redactor's cleaner skipped (ours is plain paragraphs).
  const setHtml = (html: string) => app.api('insertion.set', html, false, false);
  return {
    insert(text, at) {
      const html = textToParagraphHtml(text);
      return change(() => {
        if (at === 'cursor') app.api(text.includes('\n') ? 'insertion.insertHtml' : 'insertion.insertText', text.includes('\n') ? html : text);
        else {
          const current = app.editor.getElement().html();
          setHtml(at === 'start' ? html + current : current + html);
        }
      });
    },
    select(span) {
      if (span.range) selectDomRange(element, span.range);
      return OK;
    },
    replace(span, text) {
      if (!span.range) return NOT_FOUND;
      selectDomRange(element, span.range);
      return change(() => app.api('insertion.insertHtml', escapeHtml(text)));
    },
    setText: (text) => change(() => setHtml(text ? textToParagraphHtml(text) : '')),
  };
}
