import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's root, for tests that read the product's source. */
export const ROOT = path.resolve(__dirname, '../..');

/** Product source: what ships, less tests and test helpers; paths from the root, with '/'. */
export function productFiles(): string[] {
  return ['lib', 'components', 'entrypoints']
    .flatMap((dir) => readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).map((entry) => ({ entry, dir: entry.parentPath })))
    .filter(({ entry }) => entry.isFile() && /\.(?:ts|tsx|js|html)$/.test(entry.name))
    .map(({ entry, dir }) => path.relative(ROOT, path.join(dir, entry.name)).split(path.sep).join('/'))
    .filter((file) => !/\.test\.tsx?$/.test(file) && !file.split('/').includes('testing'));
}

export const readProductFile = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
