// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HINT_CATEGORIES } from '@/lib/listening/types';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|js|html|md)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe('docs/', () => {
  it('gives every hint category a row in the taxonomy of docs/listening.md, and no other', () => {
    const rows = [...read('docs/listening.md').matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(rows).toEqual([...HINT_CATEGORIES]);
  });

  it('is what the code cites: no file points at notes outside the repository', () => {
    const files = ['lib', 'components', 'entrypoints', 'tests', 'scripts'].flatMap(filesUnder);
    const citing = files.filter((file) => /\b(?:LISTENING|HELPDESKS)\.md\b|\.\.\/shared\b|\bshared\/(?:LISTENING|HELPDESKS)/.test(read(file)));
    expect(citing).toEqual([]);
  });
});
