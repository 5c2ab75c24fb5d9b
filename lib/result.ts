/**
 * The one shape of every answer that can fail without throwing: a message's answer, a check of what
 * the agent typed or an admin deployed, a playbook read, an editor driver's write, the drafts
 * database's health.
 *
 * - Success is `{ ok: true, ...data }`: the data sits beside `ok` (`{ ok: true, draft }`).
 * - Failure is `{ ok: false, code, error }`, plus data the caller needs to act on it (a conflict's
 *   stored `draft`, storage health's `canExport`):
 *   - `code` is for code to branch on, one of a closed list per producer (`'invalid' | 'forbidden'`);
 *   - `error` is plain words the agent can be shown as they are, naming the field when a field is
 *     at fault (`ticket.ticketId: a ticket id …`);
 *   - `problems`, when a check found several (a playbook with three bad fields), lists every one,
 *     `error` being the first.
 * Nothing else spells a failure: no `reason`, no `problem`, no `problems` without `ok: false`.
 */

export type Ok<Data extends object = object> = { readonly ok: true } & Data;

export interface Failure<Code extends string = string> {
  readonly ok: false;
  readonly code: Code;
  readonly error: string;
  readonly problems?: readonly string[];
}

/** A failure that always lists its problems: a validation that reports every field at once. */
export type Refusal<Code extends string = string> = Failure<Code> & { readonly problems: readonly string[] };

export function ok(): Ok;
export function ok<Data extends object>(data: Data): Ok<Data>;
export function ok(data: object = {}): Ok {
  return { ...data, ok: true };
}

export function failure<Code extends string>(code: Code, error: string): Failure<Code> {
  return { ok: false, code, error };
}

/** Every problem, `error` first: `problems` is one list however many there were. */
export function refusal<Code extends string>(code: Code, problems: readonly string[]): Refusal<Code> {
  return { ok: false, code, error: problems[0] ?? 'refused, for no stated reason', problems };
}
