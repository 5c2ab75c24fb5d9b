/**
 * The editor drivers by editor kind, and the one entry the page-world bridge calls. The kind
 * comes from the helpdesk adapter (with the request); when the kind's driver finds no editor of
 * its own behind the element, or a request names none, the plain driver writes as the browser would.
 */
import type { EditorKind } from '../../adapters/types';
import { rangeForOffsets } from '../editor-text';
import type { EditorOperation } from '../protocol';
import { failure } from '../../result';
import { ckeditor5Driver } from './ckeditor5';
import { froalaDriver } from './froala';
import { iframeContenteditableDriver } from './iframe-contenteditable';
import { plainDriver } from './plain';
import { prosemirrorDriver } from './prosemirror';
import { redactorDriver } from './redactor';
import { slateDriver } from './slate';
import { summernoteDriver } from './summernote';
import type { DriverResult, EditorDriver, TextSpan } from './types';

const DRIVERS: Record<EditorKind, EditorDriver> = {
  ckeditor5: ckeditor5Driver,
  froala: froalaDriver,
  prosemirror: prosemirrorDriver,
  slate: slateDriver,
  plain: plainDriver,
  contenteditable: plainDriver,
  'iframe-contenteditable': iframeContenteditableDriver,
  redactor: redactorDriver,
  summernote: summernoteDriver,
};
/** Without a kind: the editors whose instance the element itself reveals, tried in turn. */
const DETECTED: readonly EditorDriver[] = [ckeditor5Driver, froalaDriver, prosemirrorDriver, slateDriver];

const NO_EDITOR: DriverResult = failure('no-editor', 'this reply editor is not one ListenFirst can write to');
const CHANGED: DriverResult = failure('changed', 'the reply has changed since; try again');

/** Carries out one operation on the editor whose editable is `element`, through its own API. */
export async function runPageEditorOperation(element: HTMLElement, operation: EditorOperation, kind?: EditorKind): Promise<DriverResult> {
  const candidates = kind ? [DRIVERS[kind]] : DETECTED;
  let editor = null;
  for (const driver of [...candidates, plainDriver]) if ((editor = driver.attach(element))) break;
  if (!editor) return NO_EDITOR;
  switch (operation.op) {
    case 'insert':
      return editor.insert(operation.text, operation.at);
    case 'set':
      return editor.setText(operation.text);
    case 'select':
    case 'replace': {
      const span = spanFor(element, operation.start, operation.end, operation.expected);
      if (!span) return CHANGED;
      return operation.op === 'select' ? editor.select(span) : editor.replace(span, operation.text);
    }
  }
}

/** The words at [start, end) when they still read `expected`; null when the reply changed since. */
function spanFor(element: HTMLElement, start: number, end: number, expected: string): TextSpan | null {
  if (element instanceof HTMLTextAreaElement) {
    return end <= element.value.length && element.value.slice(start, end) === expected ? { start, end, range: null } : null;
  }
  const found = rangeForOffsets(element, start, end);
  return found && found.text === expected ? { start, end, range: found.range } : null;
}
