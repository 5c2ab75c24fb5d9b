// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { packageProblems } from './check-packages';
import { renderIcons } from './render-icons';

const icons = new Map(renderIcons().map((icon) => [icon.path, new Uint8Array(icon.png)]));
const manifestFile = (manifest: object) => new TextEncoder().encode(JSON.stringify(manifest));
const goodManifest = {
  version: '1.0.0',
  icons: { '16': 'icons/active-16.png', '128': 'icons/active-128.png' },
  action: { default_icon: { '16': 'icons/idle-16.png', '32': 'icons/idle-32.png' } },
};
const packageWith = (manifest: object, files = icons) => new Map([...files, ['manifest.json', manifestFile(manifest)]]);

describe('packageProblems', () => {
  it('passes a Chrome package with its icons at the declared sizes and no key', () => {
    expect(packageProblems('chrome', packageWith(goodManifest), '1.0.0')).toEqual([]);
  });

  it('refuses a Chrome package whose manifest has a key', () => {
    expect(packageProblems('chrome', packageWith({ ...goodManifest, key: 'MIIB' }), '1.0.0')).toEqual([
      'chrome: the manifest has a key, which the Chrome Web Store refuses',
    ]);
  });

  it('names an icon declared at the wrong size, a missing one, and a version out of step', () => {
    const manifest = { ...goodManifest, icons: { '48': 'icons/active-32.png', '128': 'icons/gone.png' } };
    expect(packageProblems('chrome', packageWith(manifest), '1.0.1')).toEqual([
      "chrome: manifest version 1.0.0 is not package.json's 1.0.1",
      'chrome: icons[48] (icons/active-32.png) is 32x32',
      'chrome: icons[128] is icons/gone.png, which is not in the package',
    ]);
  });

  it('wants the gecko id in the Firefox package, and toolbar icons in both', () => {
    expect(packageProblems('firefox', packageWith({ ...goodManifest, action: {} }), '1.0.0')).toEqual([
      'firefox: no browser_specific_settings.gecko.id',
      'firefox: action.default_icon declares no icons',
    ]);
  });

  it('wants the lockfile and build instructions in the source archive, and nothing generated', () => {
    const sources = new Map(['package.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background.ts', 'node_modules/x/index.js'].map((file) => [file, new Uint8Array()]));
    expect(packageProblems('sources', sources, '1.0.0')).toEqual(['sources: package-lock.json is missing', 'sources: holds generated files (node_modules/x/index.js)']);
  });
});
