import type { Playbook, PlaybookChecklist } from '@/lib/playbooks/playbook-schema';

/** The playbook as the editor holds it: the schema's shape, with values that may not pass yet. */
export type PlaybookDraft = Playbook;
export type ChecklistDraft = PlaybookChecklist;
export type ItemDraft = PlaybookChecklist['items'][number];

/** Problems for one field, without their path: "expected text, got blank text". */
export function problemsAt(problems: readonly string[], path: string): string[] {
  const prefix = `${path}: `;
  return problems.filter((problem) => problem.startsWith(prefix)).map((problem) => problem.slice(prefix.length));
}

/** Problems anywhere under a path (a checklist, an item). */
export function problemsUnder(problems: readonly string[], path: string): string[] {
  return problems.filter((problem) => problem.startsWith(`${path}.`) || problem.startsWith(`${path}[`) || problem.startsWith(`${path}:`));
}

/** A fresh id no other entry uses: ids are kept with the agent's ticks, so they never change once made. */
export function newId(prefix: string, taken: readonly { id: string }[]): string {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.some((entry) => entry.id === id)) return id;
  }
}

export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved!);
  return next;
}

/** "outage, incident" ⇄ ["outage", "incident"]; nothing typed means the condition is not there. */
export function parseList(text: string): string[] | undefined {
  const values = text.split(',').map((value) => value.trim()).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

/** Leaves out the optional fields that are empty, so an exported file holds only what was set. */
export function withoutEmpty<T extends object>(value: T, optional: readonly (keyof T)[]): T {
  const next = { ...value };
  for (const key of optional) {
    const field = next[key] as unknown;
    if (field === undefined || field === '' || field === false) delete next[key];
  }
  return next;
}
