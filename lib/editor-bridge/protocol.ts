/**
 * How the content script asks the page-world bridge to write into a helpdesk's editor.
 *
 * Rich editors (CKEditor 5, Froala, ProseMirror, Slate) keep their own model and undo naive DOM
 * writes, so text must go in through the editor's API, which only exists in the page's own
 * JavaScript world (see drivers/). The request is a DOM
 * event on the editable element with a JSON string as detail (objects don't cross worlds).
 * Nothing private travels here: the text is about to be put into the page's own editor. The page
 * sees these events, so answers are signed (see bridge-key.ts) and unsigned ones are ignored.
 */

import { EDITOR_KINDS, type EditorKind } from '../adapters/types';
import type { Failure, Ok } from '../result';
import { EDITOR_FAILURES, EDITOR_VIA, type DriverResult, type EditorFailure, type EditorVia } from './drivers/types';

export const EDITOR_REQUEST_EVENT = 'listenfirst:editor-request';
export const EDITOR_RESPONSE_EVENT = 'listenfirst:editor-response';

export type InsertPosition = 'start' | 'cursor' | 'end';

/** Offsets are into the editor text as `readEditorText` reads it (see editor-text.ts). */
export type EditorOperation =
  | { op: 'insert'; text: string; at: InsertPosition }
  /** Select [start, end) in the editor, e.g. the words a hint is about. */
  | { op: 'select'; start: number; end: number; expected: string }
  /** Replace [start, end), which must still read `expected`, with `text`. */
  | { op: 'replace'; start: number; end: number; expected: string; text: string }
  /** Replace the whole reply with `text` (restoring a draft). */
  | { op: 'set'; text: string };

/** `editor` is the adapter's editor kind: it picks the driver (see drivers/index.ts). */
export type EditorRequest = EditorOperation & { id: string; editor?: EditorKind };

/**
 * The driver's result as it travels, or the content script's own when no trusted answer came:
 * `no-key` (ListenFirst started after the page, so no answer can be trusted), `no-answer`.
 * `via`: how the text went in, for diagnostics (the editor's API, a synthetic paste, the browser's own editing).
 */
export type EditorResponse = {
  id: string;
  /** HMAC-SHA-256 of `editorResponseSigningText` under the session's bridge key (see bridge-key.ts). */
  tag?: string;
} & (Ok<{ via?: EditorVia }> | Failure<EditorFailure | 'no-key' | 'no-answer'>);

const MAX_ERROR_CHARS = 500;

/** A response as it travels: unknown `via` dropped, the error cut to length, so both ends sign the same fields. */
export function editorResponse(id: string, result: DriverResult): EditorResponse {
  return result.ok
    ? { id, ok: true, via: EDITOR_VIA.find((known) => known === result.via) }
    : { id, ok: false, code: result.code, error: result.error.slice(0, MAX_ERROR_CHARS) };
}

/** What the bridge signs and the content script checks: every field the sidebar acts on. */
export function editorResponseSigningText(response: EditorResponse): string {
  const fields = response.ok ? [true, response.via ?? null] : [false, response.code, response.error];
  return JSON.stringify([response.id, ...fields]);
}

export function parseEditorRequest(detail: unknown): EditorRequest | null {
  if (typeof detail !== 'string' || detail.length > 200_000) return null;
  try {
    const value: unknown = JSON.parse(detail);
    if (!value || typeof value !== 'object') return null;
    const { id, editor: kind } = value as Record<string, unknown>;
    if (typeof id !== 'string') return null;
    const editor = EDITOR_KINDS.find((known) => known === kind);
    if (kind !== undefined && !editor) return null;
    const request = parseOperation(value as Record<string, unknown>);
    return request && (editor ? { ...request, id, editor } : { ...request, id });
  } catch {
    return null;
  }
}

function parseOperation({ op, text, at, start, end, expected }: Record<string, unknown>): EditorOperation | null {
  const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  switch (op) {
    case 'insert':
      if (typeof text !== 'string' || (at !== 'start' && at !== 'cursor' && at !== 'end')) return null;
      return { op, text, at };
    case 'select':
      if (!isOffset(start) || !isOffset(end) || end < start || typeof expected !== 'string') return null;
      return { op, start, end, expected };
    case 'replace':
      if (!isOffset(start) || !isOffset(end) || end < start || typeof expected !== 'string' || typeof text !== 'string') return null;
      return { op, start, end, expected, text };
    case 'set':
      return typeof text === 'string' ? { op, text } : null;
    default:
      return null;
  }
}

export function parseEditorResponse(detail: unknown): EditorResponse | null {
  if (typeof detail !== 'string') return null;
  try {
    const value: unknown = JSON.parse(detail);
    if (!value || typeof value !== 'object') return null;
    const { id, ok, via, code, error, tag } = value as Record<string, unknown>;
    if (typeof id !== 'string') return null;
    const signed = typeof tag === 'string' ? { tag } : {};
    if (ok === true) return { ...editorResponse(id, { ok, via: via as EditorVia }), ...signed };
    // Only a failure the bridge can answer: the content script's own (no-key, no-answer) never come from the page.
    const failed = EDITOR_FAILURES.find((known) => known === code);
    if (ok !== false || !failed || typeof error !== 'string') return null;
    return { ...editorResponse(id, { ok, code: failed, error }), ...signed };
  } catch {
    return null;
  }
}

/** Text as paragraphs of HTML, every character escaped: for editors whose API takes HTML. */
export function textToParagraphHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line) || '<br>'}</p>`)
    .join('');
}

// Text content only (never an attribute), so &, < and > are all that need escaping.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ENTITIES[ch]!);
}
