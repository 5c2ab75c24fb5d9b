/**
 * Renders the toolbar and extension icons from assets/icons/<state>.svg into assets/public/icons/
 * (copied into every build), and a preview sheet of each state at 16 and 128 px on a light and a
 * dark toolbar into docs/store/icon-preview.png. Run with `npm run icons` after editing an SVG;
 * scripts/render-icons.test.ts fails while the committed PNGs differ from what the SVGs render.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { iconFiles, TOOLBAR_STATES, type ToolbarState } from '../lib/toolbar/toolbar-icons';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PUBLIC_DIR = path.join(REPO_ROOT, 'assets', 'public');
const PREVIEW = path.join(REPO_ROOT, 'docs', 'store', 'icon-preview.png');

const svgOf = (state: ToolbarState) => readFileSync(path.join(REPO_ROOT, 'assets', 'icons', `${state}.svg`), 'utf8');

export function renderSvg(svg: string, width: number): Buffer {
  // No system fonts: the icons hold no text, and rendering must not depend on the machine.
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Every icon file the build needs, rendered from its state's SVG. */
export function renderIcons(): { path: string; png: Buffer }[] {
  return iconFiles().map((file) => ({ path: file.path, png: renderSvg(svgOf(file.state), file.size) }));
}

// Chrome's and Firefox's toolbar colours, light and dark (2026).
const TOOLBARS = [
  { name: 'light', color: '#f1f3f4', text: '#1f2328' },
  { name: 'dark', color: '#2b2a33', text: '#e6edf3' },
];

/** One row per toolbar colour: each state at 16 px, at 16 px magnified 4x (pixels kept), and at 128 px. */
function previewSvg(icons: Map<string, Buffer>): string {
  const dataUri = (state: ToolbarState, size: number) => `data:image/png;base64,${icons.get(`icons/${state}-${size}.png`)?.toString('base64') ?? ''}`;
  const rowHeight = 160;
  const columnWidth = 240;
  const rows = TOOLBARS.map((toolbar, row) => {
    const y = row * rowHeight;
    const cells = TOOLBAR_STATES.map((state, column) => {
      const x = column * columnWidth + 16;
      // The 128 px rendering exists for the active (extension) icon; the others are scaled from their SVG.
      const large = state === 'active' ? dataUri(state, 128) : `data:image/png;base64,${renderSvg(svgOf(state), 128).toString('base64')}`;
      return [
        `<image x="${x}" y="${y + 16}" width="16" height="16" href="${dataUri(state, 16)}"/>`,
        `<image x="${x}" y="${y + 48}" width="64" height="64" image-rendering="optimizeSpeed" href="${dataUri(state, 16)}"/>`,
        `<image x="${x + 80}" y="${y + 16}" width="128" height="128" href="${large}"/>`,
      ].join('');
    });
    return `<rect x="0" y="${y}" width="${columnWidth * 3}" height="${rowHeight}" fill="${toolbar.color}"/>${cells.join('')}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${columnWidth * 3}" height="${rowHeight * TOOLBARS.length}">${rows.join('')}</svg>`;
}

function main() {
  const icons = renderIcons();
  for (const icon of icons) {
    const file = path.join(PUBLIC_DIR, icon.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, icon.png);
  }
  mkdirSync(path.dirname(PREVIEW), { recursive: true });
  const preview = previewSvg(new Map(icons.map((icon) => [icon.path, icon.png])));
  writeFileSync(PREVIEW, new Resvg(preview, { font: { loadSystemFonts: false } }).render().asPng());
  console.log([...icons.map((icon) => path.join(PUBLIC_DIR, icon.path)), PREVIEW].join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
