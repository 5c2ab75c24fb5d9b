import { describe, expect, it } from 'vitest';
import { dataFileNames, readJsonl, writerOf, type ReplyRow } from './eval-data';

describe('reading the eval data', () => {
  it('reads only the files named, several at once', () => {
    const rows = readJsonl<ReplyRow>('replies-', ['replies-email93', 'replies-email94', 'customers-email90']);
    expect(rows).toHaveLength(80);
    expect(new Set(rows.map((r) => writerOf(r.id)))).toEqual(new Set(['team-email93-A', 'team-email93-B', 'team-email94-A', 'team-email94-B']));
  });

  it('reads every file of the prefix when none is named', () => {
    expect(readJsonl<ReplyRow>('replies-').length).toBeGreaterThan(readJsonl<ReplyRow>('replies-', ['replies-email93']).length);
  });

  it('knows the names --only may give', () => {
    expect(dataFileNames()).toContain('replies-email93');
    expect(dataFileNames()).toContain('customers-email90');
    expect(dataFileNames().some((name) => name.endsWith('.jsonl'))).toBe(false);
  });
});
