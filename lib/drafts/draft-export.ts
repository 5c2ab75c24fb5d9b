/**
 * "Export all my drafts": one JSON file with every draft as stored, versioned so a later import (or a
 * person reading it) knows what it holds. When the database can't be opened, the same file is made
 * from the raw object stores instead (`source: 'raw'`), so nothing readable is lost to a reset.
 */
import { DATABASE_NAME, type DraftRow, type ListenFirstDatabase } from './db';
import { readRawDatabase } from './raw-database';

export const EXPORT_FORMAT = 'listen-first/drafts';
export const EXPORT_FORMAT_VERSION = 1;

interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
}

/** Every stored field except `searchWords`, which is derived from the others and rebuilt on write. */
export type ExportedDraft = Omit<DraftRow, 'searchWords'>;

export interface DraftExport extends ExportHeader {
  source: 'database';
  /** The Dexie schema version the rows were read under. */
  schemaVersion: number;
  drafts: ExportedDraft[];
}

export interface RawDraftExport extends ExportHeader {
  source: 'raw';
  databaseName: string;
  /** IndexedDB's version number on disk (Dexie version × 10). */
  indexedDbVersion: number;
  /** Every object store as read, rows untouched. */
  stores: Record<string, unknown[]>;
  unreadableStores: string[];
}

function header(now: number): ExportHeader {
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: new Date(now).toISOString() };
}

export async function exportAllDrafts(db: ListenFirstDatabase, now = Date.now()): Promise<DraftExport> {
  const rows = await db.drafts.orderBy('updatedAt').reverse().toArray();
  const drafts = rows.map(({ searchWords: _derived, ...draft }) => draft);
  return { ...header(now), source: 'database', schemaVersion: db.verno, drafts };
}

/** What can be read without Dexie; null when there is no database at all. */
export async function exportReadableDrafts(name = DATABASE_NAME, factory?: IDBFactory, now = Date.now()): Promise<RawDraftExport | null> {
  const dump = await readRawDatabase(name, factory);
  if (!dump) return null;
  return { ...header(now), source: 'raw', databaseName: dump.name, indexedDbVersion: dump.version, stores: dump.stores, unreadableStores: dump.unreadableStores };
}

/** `listenfirst-drafts-2026-11-22.json`, dated in the agent's own time zone. */
export function exportFileName(now = Date.now()): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `listenfirst-drafts-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function exportToJson(data: DraftExport | RawDraftExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
