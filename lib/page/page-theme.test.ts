import { describe, expect, it } from 'vitest';
import { detectPageTheme, parseRgb, relativeLuminance } from './page-theme';

describe('page theme', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(248, 249, 249)', 'light'],
    ['rgb(31, 35, 40)', 'dark'],
    ['rgba(18, 18, 18, 1)', 'dark'],
  ])('reads a %s page background as %s', (color, theme) => {
    document.body.style.backgroundColor = color;
    expect(detectPageTheme(window)).toBe(theme);
  });

  it('parses rgb() and rgba() and refuses other text', () => {
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, alpha: 0.5 });
    expect(parseRgb('transparent')).toBeNull();
  });

  it('computes WCAG luminance', () => {
    expect(relativeLuminance({ r: 255, g: 255, b: 255, alpha: 1 })).toBeCloseTo(1);
    expect(relativeLuminance({ r: 0, g: 0, b: 0, alpha: 1 })).toBe(0);
  });
});
