import { describe, expect, it } from 'vitest';
import { themeOf, type ContrastChoice } from './theme.svelte';

describe('the page’s theme', () => {
  it('follows the reader’s settings, forced colours first, then the switch', () => {
    const rows: [boolean, boolean, boolean, ContrastChoice, string][] = [
      // dark, more contrast, forced, switch → theme
      [false, false, false, null, 'light'],
      [true, false, false, null, 'dark'],
      [false, true, false, null, 'contrast'],
      [true, true, false, null, 'contrast'],
      [true, false, false, 'on', 'contrast'],
      [false, true, false, 'off', 'light'],
      [true, true, false, 'off', 'dark'],
      [false, false, true, 'on', 'forced'],
      [true, true, true, null, 'forced'],
    ];
    for (const [dark, moreContrast, forced, choice, expected] of rows)
      expect(themeOf({ dark, moreContrast, forced }, choice), JSON.stringify(rows)).toBe(expected);
  });
});
