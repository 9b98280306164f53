/**
 * Measures label widths with a canvas in a browser. Where there is no canvas (jsdom), it
 * estimates generously, so a layout made there never overlaps in a real browser either.
 */
export type Measure = (text: string) => number;

/** Space added after each character and each word, in em: a reader's own text spacing. */
export interface TextSpacing {
  letterEm: number;
  wordEm: number;
}

export const NORMAL_SPACING: TextSpacing = { letterEm: 0, wordEm: 0 };

/**
 * Label widths in `font` (of `fontPx` px), with a reader's own letter and word spacing (WCAG
 * 1.4.12) added as the browser adds it: after every character, and after every space.
 */
export function textMeasurer(
  font: string,
  fontPx: number,
  spacing: TextSpacing = NORMAL_SPACING,
): Measure {
  const cache = new Map<string, number>();
  const ctx = canvasContext();
  if (ctx) ctx.font = font;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      const glyphs = ctx ? ctx.measureText(text).width : text.length * fontPx * 0.62;
      const spaces = text.split(' ').length - 1;
      const extra = (spacing.letterEm * [...text].length + spacing.wordEm * spaces) * fontPx;
      w = Math.ceil(glyphs + extra);
      cache.set(text, w);
    }
    return w;
  };
}

function canvasContext(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
}
