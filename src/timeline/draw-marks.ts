/**
 * Canvas drawing of the timeline's marks, for stories too large for one SVG element per mark
 * to stay smooth while zooming. It draws what MarkGlyph.svelte draws, from the same look table;
 * the colours are the theme's, from the look table (the page's theme state gives them).
 */
import { markExtent, type Mark } from './marks';
import { MARK_SIZE as S, markLook, type MarkLook, type MarkToken } from './mark-look';
import type { ZoomTransform } from './ticks';
import type { ItemState } from '../model/selection';
import { THEMES, type ColourName } from '../ui/look';

export type MarkColors = Readonly<Record<MarkToken, string>>;

const TOKENS: readonly MarkToken[] = [
  '--color-mark',
  '--color-selected',
  '--color-hover',
  '--color-mark-period-fill',
  '--color-dimmed',
  '--color-bg',
  '--color-text',
];

/** The mark colours of a theme, from its colours by token; the light theme's where one lacks. */
export function markColors(colours: Readonly<Record<string, string>>): MarkColors {
  return Object.fromEntries(
    TOKENS.map((token) => [token, colours[token] ?? THEMES.light[tokenName(token)]]),
  ) as MarkColors;
}

/** The look table's colour name of a token: `--color-mark-period-fill` → `markPeriodFill`. */
function tokenName(token: MarkToken): ColourName {
  return token.slice(8).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as ColourName;
}

/** The tokens' values where the canvas is (a picture of the page as it stands). */
export function readMarkColors(el: Element): MarkColors {
  const css = getComputedStyle(el);
  return markColors(
    Object.fromEntries(
      TOKENS.flatMap((t) =>
        css.getPropertyValue(t).trim() ? [[t, css.getPropertyValue(t).trim()]] : [],
      ),
    ),
  );
}

export interface DrawInput {
  marks: readonly Mark[];
  z: ZoomTransform;
  /** Where plot x = 0 falls on the canvas, in CSS px. */
  offsetX: number;
  width: number;
  height: number;
  yOf: (mark: Mark) => number;
  stateOf: (id: string) => ItemState;
  hoverOf: (id: string) => ItemState;
  colors: MarkColors;
}

export function drawMarks(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { z, offsetX } = input;
  const r = S.pointRadius;
  ctx.clearRect(0, 0, input.width, input.height);
  // What is drawn where, to the half pixel: thousands of events pile up on a few pixels when
  // zoomed out, and a mark drawn again exactly over its twin changes nothing a reader sees but
  // costs the canvas as much as any (all of them are drawn again at every zoom step). Marks
  // with the same look inputs share one look, and its number.
  // Where a mark shows, to the half pixel: its two ends within the canvas (and 20 px past its
  // edges), then its row and its look. 14 + 14 + 16 + 8 bits: an exact integer.
  const end = (px: number) => Math.round((Math.min(Math.max(px, -20), input.width + 20) + 20) * 2);
  const drawn = new Set<number>();
  const looks = new Map<number, { look: MarkLook; n: number }>();
  for (const m of input.marks) {
    // Cheap test on the span first: most marks are off screen when zoomed in.
    if (z.k * m.bx1 + z.x + offsetX + r < 0 || z.k * m.bx0 + z.x + offsetX - r > input.width)
      continue;
    const state = input.stateOf(m.id);
    const hover = input.hoverOf(m.id);
    const inputs =
      ((SHAPE[m.shape] * 2 + (m.approximate ? 1 : 0)) * 3 + END[m.uncertainEnd ?? 'none']) * 16 +
      STATE[state] * 4 +
      STATE[hover];
    let entry = looks.get(inputs);
    if (!entry) looks.set(inputs, (entry = { look: markLook(m, state, hover), n: looks.size }));
    const look = entry.look;
    const x0 = z.k * m.bx0 + z.x + offsetX;
    const y = input.yOf(m);
    const w = m.shape === 'point' ? 0 : z.k * (m.bx1 - m.bx0);
    const key = ((end(x0) * 16_384 + end(x0 + w)) * 65_536 + Math.round(y)) * 256 + entry.n;
    if (drawn.has(key)) continue;
    drawn.add(key);
    if (m.shape === 'point') drawDot(ctx, input.colors, look, x0, y, r);
    else drawSpan(ctx, input.colors, look, m.shape, x0, Math.max(0, w), y);
  }
  ctx.setLineDash([]);
}

const SHAPE = { point: 0, period: 1, range: 2 } as const;
const END = { none: 0, start: 1, end: 2 } as const;
const STATE: Readonly<Record<ItemState, number>> = {
  default: 0,
  selected: 1,
  related: 2,
  dimmed: 3,
};

function circle(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number) {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
}

function drawDot(
  ctx: CanvasRenderingContext2D,
  colors: MarkColors,
  look: MarkLook,
  x: number,
  y: number,
  radius: number,
) {
  circle(ctx, x, y, radius);
  ctx.fillStyle = colors[look.ink];
  ctx.fill();
  if (look.halo) {
    ctx.setLineDash([]);
    ctx.lineWidth = S.haloWidth;
    ctx.strokeStyle = colors['--color-bg'];
    ctx.stroke();
  }
  if (look.hole) {
    circle(ctx, x, y, S.holeRadius);
    ctx.fillStyle = colors['--color-bg'];
    ctx.fill();
  }
}

function drawSpan(
  ctx: CanvasRenderingContext2D,
  colors: MarkColors,
  look: MarkLook,
  shape: 'period' | 'range',
  x: number,
  w: number,
  y: number,
) {
  const r = S.pointRadius;
  const h = 2 * (r - S.barInset[shape]);
  ctx.fillStyle = colors[look.fill];
  ctx.fillRect(x, y - h / 2, w, h);
  ctx.strokeStyle = colors[look.ink];
  ctx.lineWidth = look.strokeWidth;
  ctx.setLineDash(look.dash);
  ctx.strokeRect(x, y - h / 2, w, h);
  if (shape === 'period') {
    ctx.lineWidth = S.capWidth;
    ctx.setLineDash(look.capDash);
    ctx.beginPath();
    ctx.moveTo(x, y - r);
    ctx.lineTo(x, y + r);
    ctx.moveTo(x + w, y - r);
    ctx.lineTo(x + w, y + r);
    ctx.stroke();
  }
  if (look.fuzzEnd) {
    // One uncertain end: the bar is paler there behind a dashed cap, as MarkGlyph draws it.
    const fw = Math.min(S.fuzzWidth, w / 2);
    const fx = look.fuzzEnd === 'end' ? x + w - fw : x;
    ctx.fillStyle = colors[look.fuzzFill];
    ctx.fillRect(fx, y - h / 2, fw, h);
    ctx.lineWidth = S.capWidth;
    ctx.setLineDash(look.fuzzCapDash);
    ctx.beginPath();
    const cx = look.fuzzEnd === 'end' ? x + w : x;
    ctx.moveTo(cx, y - r);
    ctx.lineTo(cx, y + r);
    ctx.stroke();
  }
  // A span too short to see at this zoom still shows as a dot.
  if (w < 2 * r) drawDot(ctx, colors, { ...look, hole: false }, x + w / 2, y, S.shortDotRadius);
}

/** The mark under a point of the plot, if any: the nearest one within its pointer target. */
export function markAt(
  marks: readonly Mark[],
  z: ZoomTransform,
  x: number,
  y: number,
  yOf: (mark: Mark) => number,
): Mark | undefined {
  let best: Mark | undefined;
  let bestDistance = Infinity;
  for (const m of marks) {
    const dy = Math.abs(yOf(m) - y);
    if (dy > S.hit.halfHeight) continue;
    const [a, b] = markExtent(m, z);
    const dx = x < a ? a - x : x > b ? x - b : 0;
    if (dx > S.hit.padX) continue;
    const d = dx + dy;
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
