// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DIR, renderIcons } from './render-icons';
import { pngSize } from './png-size';

describe('the committed icon PNGs', () => {
  const icons = renderIcons();

  it.each(icons.map((icon) => [icon.path, icon] as const))('%s is what its SVG renders (run `npm run icons` after editing one)', (_path, icon) => {
    expect(readFileSync(path.join(PUBLIC_DIR, icon.path)).equals(icon.png)).toBe(true);
  });

  it.each(icons.map((icon) => [icon.path, icon] as const))('%s has the size its name says', (file, icon) => {
    const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
    expect(pngSize(icon.png)).toEqual({ width: size, height: size });
  });
});
