import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTRAST_PAIRS,
  THEMES,
  THEME_NAMES,
  colourToken,
  contrast,
  minimumContrast,
  type ColourName,
} from './look';

describe('the contrast of two colours (WCAG 2.2)', () => {
  it('gives the known ratios', () => {
    const rounded = (a: string, b: string) => Math.round(contrast(a, b) * 100) / 100;
    expect(rounded('#000000', '#ffffff')).toBe(21);
    expect(rounded('#ffffff', '#000000')).toBe(21);
    expect(rounded('#777777', '#ffffff')).toBe(4.48);
    expect(rounded('#767676', '#ffffff')).toBe(4.54);
    expect(rounded('#ff0000', '#ffffff')).toBe(4);
    expect(rounded('#0000ff', '#ffffff')).toBe(8.59);
    expect(rounded('#00ff00', '#000000')).toBe(15.3);
    expect(rounded('#123456', '#123456')).toBe(1);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => contrast('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});

const CHECKED = THEME_NAMES.filter((t) => t !== 'forced');

describe('the look table', () => {
  it('checks the three themes whose colours it chooses', () => {
    expect(CHECKED).toEqual(['light', 'dark', 'contrast']);
  });

  // One row per theme and pair, so a failure names the state that does not read.
  const rows = CHECKED.flatMap((theme) =>
    CONTRAST_PAIRS.map((pair) => ({
      theme,
      pair,
      ratio: contrast(THEMES[theme][pair.fg], THEMES[theme][pair.on]),
    })),
  );
  it.each(rows)('$theme: $pair.fg on $pair.on ($pair.what)', ({ theme, pair, ratio }) => {
    expect(ratio).toBeGreaterThanOrEqual(minimumContrast(pair, theme));
  });

  it('asks 3:1 of graphics, 4.5:1 of text, and 7:1 of text on the page in high contrast', () => {
    const text = CONTRAST_PAIRS.find((p) => p.fg === 'text' && p.on === 'bg')!;
    const onBar = CONTRAST_PAIRS.find((p) => p.fg === 'bg' && p.on === 'mark')!;
    const mark = CONTRAST_PAIRS.find((p) => p.fg === 'mark' && p.on === 'bg')!;
    expect([
      minimumContrast(text, 'light'),
      minimumContrast(text, 'contrast'),
      minimumContrast(onBar, 'contrast'),
      minimumContrast(mark, 'dark'),
    ]).toEqual([4.5, 7, 4.5, 3]);
  });

  it('covers every state the issue measured', () => {
    const covered = new Set(CONTRAST_PAIRS.map((p) => `${p.fg} on ${p.on}`));
    for (const pair of [
      'dimmed on bg',
      'dimmed on surface',
      'markPeriodFill on bg',
      'selected on mark',
      'hover on mark',
      'textMuted on bg',
      'kindGroup on bg',
      'kindOrganization on bg',
      'kindCountry on bg',
      'kindPlace on bg',
    ])
      expect(covered).toContain(pair);
  });

  it('makes a dimmed mark weaker than a default one, in every theme', () => {
    for (const theme of CHECKED) {
      const t = THEMES[theme];
      expect(contrast(t.dimmed, t.bg)).toBeLessThan(contrast(t.mark, t.bg));
    }
  });

  it('names a token for each colour', () => {
    expect(colourToken('kindGovernmentBody')).toBe('--color-kind-government-body');
    expect(colourToken('markPeriodFill')).toBe('--color-mark-period-fill');
    expect(colourToken('bg')).toBe('--color-bg');
  });
});

/** The custom properties of the rule `selector { … }` that sets the colours. */
function block(css: string, selector: string): Map<string, string> {
  const bodies = css.split(`\n${selector} {`).slice(1);
  const body = bodies.map((b) => b.slice(0, b.indexOf('}'))).find((b) => b.includes('--color-bg:'));
  expect(body, selector).toBeDefined();
  return new Map([...body!.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('tokens.css', () => {
  const css = readFileSync(resolve('src/styles/tokens.css'), 'utf8');
  const selectors = {
    light: ':root',
    dark: ":root[data-theme='dark']",
    contrast: ":root[data-theme='contrast']",
    forced: ":root[data-theme='forced']",
  } as const;

  it.each(THEME_NAMES)('writes out the %s theme as the table has it', (theme) => {
    const tokens = block(css, selectors[theme]);
    const written = Object.fromEntries(
      (Object.keys(THEMES[theme]) as ColourName[]).map((name) => [
        name,
        tokens.get(colourToken(name)),
      ]),
    );
    expect(written).toEqual(THEMES[theme]);
  });
});
