/**
 * One interface for every reply editor the page-world bridge can write to. A driver finds the
 * editor's instance behind an editable element (from the DOM alone: it runs in the page's world,
 * handed nothing but the element) and carries out the bridge's operations through the editor's
 * own API, or the input events the editor itself handles, so its model, undo and the helpdesk's
 * save all see the change.
 */
import { failure, type Failure, type Ok } from '../../result';
import type { InsertPosition } from '../protocol';

/** How the text went in, reported back to the sidebar for diagnostics. */
export const EDITOR_VIA = ['ckeditor5', 'froala', 'prosemirror', 'slate', 'redactor', 'summernote', 'paste', 'native'] as const;
export type EditorVia = (typeof EDITOR_VIA)[number];

/** Why an operation wrote nothing: `error` is what the sidebar shows after "Not done:". */
export const EDITOR_FAILURES = ['no-editor', 'read-only', 'not-found', 'changed', 'ignored', 'threw'] as const;
export type EditorFailure = (typeof EDITOR_FAILURES)[number];
export type DriverResult = Ok<{ via: EditorVia }> | Failure<EditorFailure>;

/**
 * Words in the reply, as offsets into the text `readEditorText` reads (both worlds read it the
 * same way), already checked to still read what the sidebar expects. `range` is those words in
 * the DOM; null for a textarea, whose text is its value, not nodes.
 */
export interface TextSpan {
  start: number;
  end: number;
  range: Range | null;
}

/** An editor instance found behind an editable, driven through its own API. */
export interface DrivenEditor {
  /** Lines of text at the start, the end or the cursor; at the start or end they are paragraphs of their own. */
  insert(text: string, at: InsertPosition): DriverResult | Promise<DriverResult>;
  /** Selects the words, e.g. those a hint is about. */
  select(span: TextSpan): DriverResult | Promise<DriverResult>;
  /** Replaces the words with `text`. */
  replace(span: TextSpan, text: string): DriverResult | Promise<DriverResult>;
  /** Replaces the whole reply (restoring a draft). */
  setText(text: string): DriverResult | Promise<DriverResult>;
}

export interface EditorDriver {
  /** The editor behind `element`, or null when this driver finds none of its kind there. */
  attach(element: HTMLElement): DrivenEditor | null;
}

export const READ_ONLY: DriverResult = failure('read-only', 'the reply editor is read-only');
export const NOT_FOUND: DriverResult = failure('not-found', 'the editor could not find those words');
