import { describe, expect, it } from 'vitest';
import { textMeasurer } from './measure-text';

// In jsdom there is no canvas: a label's glyphs are estimated at 0.62 em each (12 px: 7.44 px).
describe('label widths', () => {
  it('are the glyphs alone in normal spacing', () => {
    expect(textMeasurer('12px sans-serif', 12)('ab c')).toBe(30);
  });

  it('add a reader’s letter spacing after every character and word spacing after every space', () => {
    // 29.76 px of glyphs + 4 × 0.12 em + 1 × 0.16 em (7.68 px) = 37.44 px, rounded up.
    const measure = textMeasurer('12px sans-serif', 12, { letterEm: 0.12, wordEm: 0.16 });
    expect(measure('ab c')).toBe(38);
    expect(measure('abcd')).toBe(36);
  });
});
