/**
 * Checks what `npm run zip` wrote before anyone uploads it: each store package's manifest has
 * the package.json version, declares icons that exist at the sizes it declares them, and the
 * Chrome Web Store package has no `key` (the store refuses it); the Firefox package names its
 * gecko id; the AMO source archive holds what a reviewer needs to rebuild. Exits 1 with every
 * problem listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { pngSize } from './png-size';

export type PackageKind = 'chrome' | 'firefox' | 'sources';

/** The files a reviewer needs to rebuild the Firefox package from source (README.md says how). */
const SOURCE_FILES = ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background.ts'];

/** Every problem with one package's files (path -> bytes), as sentences; none means it may ship. */
export function packageProblems(kind: PackageKind, files: Map<string, Uint8Array>, version: string): string[] {
  if (kind === 'sources') {
    const missing = SOURCE_FILES.filter((file) => !files.has(file)).map((file) => `sources: ${file} is missing`);
    const stray = [...files.keys()].filter((file) => /^(?:node_modules|\.output)\//.test(file)).slice(0, 1);
    return [...missing, ...stray.map((file) => `sources: holds generated files (${file})`)];
  }
  const raw = files.get('manifest.json');
  if (!raw) return [`${kind}: no manifest.json`];
  const manifest = JSON.parse(new TextDecoder().decode(raw)) as Record<string, unknown>;
  const problems: string[] = [];
  if (manifest.version !== version) problems.push(`${kind}: manifest version ${String(manifest.version)} is not package.json's ${version}`);
  if (kind === 'chrome' && 'key' in manifest) problems.push('chrome: the manifest has a key, which the Chrome Web Store refuses');
  const gecko = (manifest.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
  if (kind === 'firefox' && typeof gecko?.id !== 'string') problems.push('firefox: no browser_specific_settings.gecko.id');
  const declared = {
    icons: manifest.icons,
    'action.default_icon': (manifest.action as { default_icon?: unknown } | undefined)?.default_icon,
  };
  for (const [field, icons] of Object.entries(declared)) {
    if (!icons || typeof icons !== 'object' || Object.keys(icons).length === 0) {
      problems.push(`${kind}: ${field} declares no icons`);
      continue;
    }
    for (const [size, file] of Object.entries(icons as Record<string, string>)) {
      const bytes = files.get(file);
      const actual = bytes && pngSize(bytes);
      if (!bytes) problems.push(`${kind}: ${field}[${size}] is ${file}, which is not in the package`);
      else if (!actual) problems.push(`${kind}: ${field}[${size}] (${file}) is not a PNG`);
      else if (actual.width !== Number(size) || actual.height !== Number(size)) {
        problems.push(`${kind}: ${field}[${size}] (${file}) is ${actual.width}x${actual.height}`);
      }
    }
  }
  return problems;
}

async function filesOf(zipPath: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  return files;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const problems: string[] = [];
  for (const kind of ['chrome', 'firefox', 'sources'] as const) {
    const zipPath = path.join(root, '.output', `${name}-${version}-${kind}.zip`);
    const files = await filesOf(zipPath).catch(() => null);
    if (!files) problems.push(`${kind}: ${zipPath} is missing or unreadable`);
    else problems.push(...packageProblems(kind, files, version));
    console.log(`${path.relative(root, zipPath)}: ${files ? `${files.size} files` : 'missing'}`);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('Store packages checked: versions, icons, no key in the Chrome package, sources complete.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
