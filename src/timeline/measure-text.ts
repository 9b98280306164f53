/**
 * Measures label widths with a canvas in a browser. Where there is no canvas (jsdom), it
 * estimates generously, so a layout made there never overlaps in a real browser either.
 */
export type Measure = (text: string) => number;

export function textMeasurer(font: string, fontPx: number): Measure {
  const cache = new Map<string, number>();
  const ctx = canvasContext();
  if (ctx) ctx.font = font;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = ctx ? Math.ceil(ctx.measureText(text).width) : Math.ceil(text.length * fontPx * 0.62);
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
