/**
 * Canvas drawing of the timeline's marks, for stories too large for one SVG element per
 * mark to stay smooth while zooming. Draws the same shapes as TimelineMark.svelte.
 */
import { markExtent, POINT_RADIUS, type Mark } from './marks';
import type { ZoomTransform } from './ticks';
import type { ItemState } from '../model/selection';

export interface MarkColors {
  mark: string;
  selected: string;
  hover: string;
  bg: string;
  periodFill: string;
  dimmedOpacity: number;
}

export function readMarkColors(el: Element): MarkColors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    mark: v('--color-mark', '#0b5cad'),
    selected: v('--color-selected', '#1a1d23'),
    hover: v('--color-hover', '#b3261e'),
    bg: v('--color-bg', '#ffffff'),
    periodFill: v('--color-mark-period-fill', '#d6e6f7'),
    dimmedOpacity: Number(v('--color-dimmed-opacity', '0.28')),
  };
}

export interface DrawInput {
  marks: Mark[];
  z: ZoomTransform;
  /** Where plot x = 0 falls on the canvas, in CSS px. */
  offsetX: number;
  width: number;
  height: number;
  yOf: (mark: Mark) => number;
  stateOf: (id: string) => ItemState;
  hoverOf: (id: string) => ItemState;
  hasSelection: boolean;
  colors: MarkColors;
}

export function drawMarks(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { z, colors, offsetX } = input;
  const r = POINT_RADIUS;
  ctx.clearRect(0, 0, input.width, input.height);
  for (const m of input.marks) {
    // Cheap test on the span first: most marks are off screen when zoomed in.
    if (z.k * m.bx1 + z.x + offsetX + r < 0 || z.k * m.bx0 + z.x + offsetX - r > input.width)
      continue;
    const [a, b] = markExtent(m, z);
    const state = input.stateOf(m.id);
    const hover = input.hoverOf(m.id);
    const y = input.yOf(m);
    ctx.globalAlpha =
      state === 'dimmed'
        ? colors.dimmedOpacity
        : hover === 'dimmed' && !input.hasSelection
          ? 0.55
          : 1;
    const ink =
      state === 'selected'
        ? colors.selected
        : hover === 'selected' || hover === 'related'
          ? colors.hover
          : colors.mark;
    const x0 = a + offsetX;
    const w = b - a;
    if (m.shape === 'point' || w <= 2 * r) {
      ctx.fillStyle = ink;
      ctx.beginPath();
      ctx.arc(x0 + w / 2, y, m.shape === 'point' ? r : r - 2, 0, 2 * Math.PI);
      ctx.fill();
      if (m.approximate && m.shape === 'point') {
        ctx.fillStyle = colors.bg;
        ctx.beginPath();
        ctx.arc(x0 + w / 2, y, 3, 0, 2 * Math.PI);
        ctx.fill();
      }
      continue;
    }
    const h = m.shape === 'range' ? 2 * r - 4 : 2 * r - 6;
    ctx.fillStyle = m.shape === 'range' ? ink : colors.periodFill;
    ctx.globalAlpha *= m.approximate ? 0.6 : 1;
    ctx.fillRect(x0, y - h / 2, w, h);
    ctx.strokeStyle = ink;
    ctx.lineWidth = state === 'selected' ? 3 : 1.5;
    ctx.setLineDash(m.approximate ? [4, 3] : []);
    ctx.strokeRect(x0, y - h / 2, w, h);
    if (m.shape === 'period') {
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(x0, y - r);
      ctx.lineTo(x0, y + r);
      ctx.moveTo(x0 + w, y - r);
      ctx.lineTo(x0 + w, y + r);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;
}

/** The mark under a point of the plot, if any: the nearest one within a 26 px target. */
export function markAt(
  marks: Mark[],
  z: ZoomTransform,
  x: number,
  y: number,
  yOf: (mark: Mark) => number,
): Mark | undefined {
  let best: Mark | undefined;
  let bestDistance = Infinity;
  for (const m of marks) {
    const dy = Math.abs(yOf(m) - y);
    if (dy > 13) continue;
    const [a, b] = markExtent(m, z);
    const dx = x < a ? a - x : x > b ? x - b : 0;
    if (dx > 6) continue;
    const d = dx + dy;
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
