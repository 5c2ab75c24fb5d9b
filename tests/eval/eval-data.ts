/**
 * The eval's labelled data (tests/eval/data, see README.md there): the rows' shapes and how they
 * are read. Shared by `npm run eval` (run-eval.ts) and `npm run train:reply-models` (train-reply-models.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '../../lib/listening/index';
import type { Label } from './score';

export const DATA = join(import.meta.dirname, 'data');
export const SPLITS = ['tune', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export interface ReplyRow {
  id: string;
  channel: Channel;
  split: Split;
  customer: string;
  reply: string;
  labels?: Record<string, Label>;
}
/** A second labeller's key terms for a customer message already labelled (keyterms-second-*.jsonl). */
export interface SecondTermsRow {
  id: string;
  labeller: string;
  must: string[];
  ok: string[];
}
export interface CustomerRow {
  id: string;
  split: Split;
  customer: string;
  must?: string[];
  ok: string[];
  faithful: string;
  careless: string;
}

/** A row's writers' set ("team-email41-A" for "team-email41-A-07"): the id without its number. */
export function writerOf(id: string): string {
  let end = id.length;
  while (end > 0 && (id[end - 1] ?? '') >= '0' && (id[end - 1] ?? '') <= '9') end--;
  return id.slice(0, id[end - 1] === '-' ? end - 1 : end);
}

/** Every row of the data files whose name starts with `prefix` (only the files named in `only`, without `.jsonl`, when given), in file order. */
export function readJsonl<T>(prefix: string, only?: readonly string[]): T[] {
  return readdirSync(DATA)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl') && (only === undefined || only.includes(nameOf(f))))
    .sort()
    .flatMap((f) =>
      readFileSync(join(DATA, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as T),
    );
}

/** The names `--only` may give: the data files' names without `.jsonl`. */
export function dataFileNames(): string[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .map(nameOf)
    .sort();
}

/** A data file's name without `.jsonl`. */
const nameOf = (file: string): string => file.slice(0, -'.jsonl'.length);
