/**
 * Light or dark, to match the helpdesk: the page's own background decides when it has one
 * (both helpdesks offer dark modes), the system setting otherwise.
 */
export type Theme = 'light' | 'dark';

export function detectPageTheme(win: Window): Theme {
  const doc = win.document;
  for (const element of [doc.body, doc.documentElement, doc.querySelector('#root, #ember-app-root, main')]) {
    if (!element) continue;
    const rgb = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return relativeLuminance(rgb) < 0.4 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

export function parseRgb(color: string): Rgb | null {
  const match = /^rgba?\((\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3})(?:,\s*([\d.]{1,10}))?\)$/.exec(color.trim());
  if (!match) return null;
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), alpha: match[4] === undefined ? 1 : Number(match[4]) };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
