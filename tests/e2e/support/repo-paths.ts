import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tests and the demo work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
