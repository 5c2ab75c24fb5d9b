/**
 * Turns valibot's issues into the sentences a team lead can fix a file with:
 * "checklists[0].items[3].label: expected text, got nothing".
 */
import type * as v from 'valibot';

type AnySchema = v.GenericSchema;

/** More than this and the list stops helping: the rest are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 50;

type PathKey = string | number;

/**
 * `checklists[0].items[3].label`, or under a prefix (a policy key) `playbook.checklists[0]…`.
 * The document itself, without a prefix, is called "playbook".
 */
export function formatPath(keys: readonly PathKey[], prefix?: string): string {
  if (keys.length === 0) return prefix ?? 'playbook';
  return keys.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    if (/^[a-z_$][\w$]*$/i.test(key)) return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
  }, prefix ?? '');
}

/** What a value is, in words: "nothing", "a list", `text "seven"`, "the number 5". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string':
      return value.length === 0 ? 'empty text' : `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

interface SchemaShape {
  type: string;
  wrapped?: SchemaShape;
  entries?: Record<string, SchemaShape>;
  item?: SchemaShape;
  options?: readonly unknown[];
  literal?: unknown;
}

function unwrap(schema: SchemaShape | undefined): SchemaShape | undefined {
  let current = schema;
  while (current && (current.type === 'optional' || current.type === 'nullable') && current.wrapped) current = current.wrapped;
  return current;
}

/** The schema that describes the value at `keys`, found by walking objects' entries and lists' items. */
export function schemaAt(root: SchemaShape, keys: readonly PathKey[]): SchemaShape | undefined {
  let current: SchemaShape | undefined = unwrap(root);
  for (const key of keys) {
    if (!current) return undefined;
    if (current.entries && typeof key === 'string') current = unwrap(current.entries[key]);
    else if (current.item && typeof key === 'number') current = unwrap(current.item);
    else return undefined;
  }
  return current;
}

/** "text", "a list", `one of "listen", "restate"`: what the schema at a place accepts. */
export function expectedPhrase(schema: SchemaShape | undefined): string {
  switch (schema?.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'strict_object':
      return 'an object';
    case 'picklist':
      return `one of ${(schema.options ?? []).map((option) => JSON.stringify(option)).join(', ')}`;
    case 'literal':
      return JSON.stringify(schema.literal);
    default:
      return 'something else';
  }
}

function closestKey(unknownKey: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(unknownKey.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(unknownKey.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 40 || b.length > 40) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** One readable sentence for one issue, found against the schema that raised it. */
export function describeIssue(schema: AnySchema, issue: v.BaseIssue<unknown>, prefix?: string): string {
  const root = schema as unknown as SchemaShape;
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  const where = formatPath(keys, prefix);
  if (issue.kind !== 'schema') return `${where}: ${issue.message}`;

  // strictObject reports an unexpected key with `expected: "never"` and the key as the last path entry.
  if (issue.expected === 'never' && typeof keys.at(-1) === 'string') {
    const known = Object.keys(schemaAt(root, keys.slice(0, -1))?.entries ?? {});
    const suggestion = closestKey(keys.at(-1) as string, known);
    return `${where}: unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; expected only ${known.map((key) => `"${key}"`).join(', ')}`;
  }
  return `${where}: expected ${expectedPhrase(schemaAt(root, keys))}, got ${describeValue(issue.input)}`;
}

/** Every issue as a sentence, at most MAX_LISTED_PROBLEMS of them and a count of the rest. */
export function describeIssues(root: AnySchema, issues: readonly v.BaseIssue<unknown>[], prefix?: string): string[] {
  const listed = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => describeIssue(root, issue, prefix));
  const rest = issues.length - listed.length;
  if (rest > 0) listed.push(`…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`);
  return listed;
}
