import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** A fixture page as a Document, its scripts not run: the static markup the helpdesk would render. */
export function loadFixture(relativePath: string): Document {
  const html = readFileSync(path.join(FIXTURES, relativePath), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
