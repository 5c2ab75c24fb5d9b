/**
 * Every way a playbook enters the extension goes through here: file bytes (import, subscription),
 * or an already-parsed value (browser policy, storage, the editor). The answer is the playbook, or
 * every problem by path and reason; nothing is saved by this module.
 */
import * as v from 'valibot';
import { refusal, type Ok, type Refusal } from '../result';
import { describeIssues, describeValue, formatPath } from './playbook-problems';
import { PLAYBOOK_LIMITS, PLAYBOOK_VERSION, PlaybookSchema, type Playbook } from './playbook-schema';

/** `invalid`: the document is not a playbook, every problem by path; `download`: a subscription's file could not be fetched. */
export type PlaybookReadResult = Ok<{ playbook: Playbook }> | Refusal<'invalid' | 'download'>;

function refused(...problems: string[]): PlaybookReadResult {
  return refusal('invalid', problems);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The raw bytes of a file or a download: size cap, strict UTF-8, then JSON, then the schema. */
export function readPlaybookBytes(bytes: Uint8Array): PlaybookReadResult {
  if (bytes.byteLength === 0) return refused('the file is empty; expected a JSON playbook');
  if (bytes.byteLength > PLAYBOOK_LIMITS.fileBytes) {
    return refused(`the file is ${formatBytes(bytes.byteLength)}; a playbook can be at most ${formatBytes(PLAYBOOK_LIMITS.fileBytes)}`);
  }
  let text: string;
  try {
    // fatal: a file in another encoding (or not text at all) is refused, not read as mojibake.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused('the file is not UTF-8 text (is it a spreadsheet, a PDF, or saved in another encoding?); save the playbook as UTF-8 JSON');
  }
  return readPlaybookText(text);
}

/** How deeply objects and lists nest, counted without parsing, so that a hostile file can't exhaust the parser's stack. */
export function nestingDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > limit) return true;
    } else if (char === '}' || char === ']') depth--;
  }
  return false;
}

export function readPlaybookText(text: string): PlaybookReadResult {
  if (text.length > PLAYBOOK_LIMITS.fileBytes) return refused(`the playbook is longer than ${formatBytes(PLAYBOOK_LIMITS.fileBytes)}`);
  if (text.trim() === '') return refused('the file is empty; expected a JSON playbook');
  if (nestingDepthExceeds(text, PLAYBOOK_LIMITS.nestingDepth)) {
    return refused(`the file nests lists and objects more than ${PLAYBOOK_LIMITS.nestingDepth} deep; a playbook needs 5 at most`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refused(`the file is not JSON: ${error instanceof Error ? error.message : 'it could not be read'}`);
  }
  return checkPlaybook(value);
}

/**
 * A value that is already parsed (policy, storage, the editor's state). `pathPrefix` names where
 * it sits when it is part of something larger, e.g. "playbook" in a policy.
 */
export function checkPlaybook(value: unknown, pathPrefix?: string): PlaybookReadResult {
  const at = (key: string) => formatPath([key], pathPrefix);
  // valibot's object schemas accept lists; a list is the wrong document, not one missing every field.
  if (Array.isArray(value)) return refused(`${formatPath([], pathPrefix)}: expected an object, got ${describeValue(value)}`);
  // A newer format is one message, not fifty about fields this version does not know.
  if (value && typeof value === 'object') {
    const version = (value as { version?: unknown }).version;
    if (typeof version === 'number' && version !== PLAYBOOK_VERSION) {
      return refused(
        version > PLAYBOOK_VERSION
          ? `${at('version')}: this is a version ${version} playbook, and this ListenFirst reads version ${PLAYBOOK_VERSION}; update ListenFirst`
          : `${at('version')}: expected ${PLAYBOOK_VERSION}, got the number ${version}`,
      );
    }
  }
  const result = v.safeParse(PlaybookSchema, value);
  if (result.success) return { ok: true, playbook: result.output };
  return refused(...describeIssues(PlaybookSchema, result.issues, pathPrefix));
}

/** The playbook as a file: stable key order, two-space indent, a final newline. */
export function serializePlaybook(playbook: Playbook): string {
  return `${JSON.stringify(playbook, null, 2)}\n`;
}
