/** Zoom arithmetic for the timeline: windows, clamping and keyboard steps. Pure. */
import type { Span } from '../model/indexes';
import { zoomedScale, type CompressedScale } from './time-scale';
import type { ZoomTransform } from './ticks';

export const KEY_ZOOM_FACTOR = 2;
const DAY = 86_400_000;

/**
 * Zooming stops where a single day fills a third of the view in the story's widest piece of
 * time, the one most of its events are in: closer shows no dates at all. (Not the densest
 * piece: the story's last days are drawn denser than the rest, and zooming must still reach a
 * day of the weeks before them.)
 */
export function maxZoomFor(scale: CompressedScale): number {
  const time = scale.pieces.filter((p) => p.kind === 'time');
  if (!time.length) return 1;
  const widest = time.reduce((a, b) => (b.x1 - b.x0 > a.x1 - a.x0 ? b : a));
  const pxPerDay = ((widest.x1 - widest.x0) / (widest.end - widest.start)) * DAY;
  return Math.max(1, scale.width / 3 / pxPerDay);
}

/** Keeps the view inside the story: no panning past either end, no zooming out past 1. */
export function clampTransform(z: ZoomTransform, width: number, maxK = Infinity): ZoomTransform {
  const k = Math.min(maxK, Math.max(1, z.k));
  const x = Math.min(0, Math.max(width - k * width, z.x));
  return { k, x };
}

/** Zooms by a factor, keeping the screen point `at` fixed. */
export function zoomAround(
  z: ZoomTransform,
  factor: number,
  at: number,
  width: number,
  maxK = Infinity,
): ZoomTransform {
  const k = Math.min(maxK, Math.max(1, z.k * factor));
  const base = (at - z.x) / z.k;
  return clampTransform({ k, x: at - k * base }, width, maxK);
}

/** Pans so that a base x sits at a fraction of the view, if it is not already comfortably in it. */
export function revealX(z: ZoomTransform, bx: number, width: number, margin = 0.1): ZoomTransform {
  const x = z.k * bx + z.x;
  if (x >= width * margin && x <= width * (1 - margin)) return z;
  return clampTransform({ k: z.k, x: width / 3 - z.k * bx }, width);
}

/** The time window a transform shows: the times at the view's two edges. */
export function windowOf(z: ZoomTransform, scale: CompressedScale, width: number): Span {
  const zoomed = zoomedScale(scale, z);
  return { start: zoomed.invert(0).getTime(), end: zoomed.invert(width).getTime() };
}

/**
 * The transform that shows a time window, clamped to the story. A window too short to fill the
 * view at the deepest zoom (a day or two) is shown at that zoom, centred on the window: the
 * zoom is capped first and the pan computed for the capped zoom, never the other way round.
 */
export function transformFor(
  window: Span,
  scale: CompressedScale,
  width: number,
  maxK = Infinity,
): ZoomTransform {
  const a = scale.toX(window.start);
  const b = scale.toX(window.end);
  const k = Math.min(maxK, Math.max(1, width / Math.max(1e-6, b - a)));
  return clampTransform({ k, x: width / 2 - (k * (a + b)) / 2 }, width, maxK);
}

/** A view's two edges, as fractions of the plot's width at the default zoom (0 to 1 shows all). */
export interface Edges {
  left: number;
  right: number;
}

/** The edges a transform shows; a fraction of the width, so a resize mid-glide changes nothing. */
export function edgesOf(z: ZoomTransform, width: number): Edges {
  return { left: (0 - z.x) / z.k / width, right: (width - z.x) / z.k / width };
}

/** The transform that shows two edges. */
export function transformOfEdges(e: Edges, width: number): ZoomTransform {
  const k = 1 / (e.right - e.left);
  return { k, x: -e.left * k * width };
}

/**
 * The edges a fraction `t` of the way from one view to another: the middle moves evenly and
 * the span shrinks or grows by an even factor, so a glide from the whole story to one day
 * shows each scale in turn instead of leaping in at the end.
 */
export function edgesBetween(a: Edges, b: Edges, t: number): Edges {
  const middle = (a.left + a.right) / 2 + ((b.left + b.right - (a.left + a.right)) / 2) * t;
  const span = (a.right - a.left) * ((b.right - b.left) / (a.right - a.left)) ** t;
  return { left: middle - span / 2, right: middle + span / 2 };
}

/** Cubic ease in and out: a glide starts and stops gently. */
export function easeInOut(t: number): number {
  const u = Math.min(1, Math.max(0, t));
  return u < 0.5 ? 4 * u ** 3 : 1 - (-2 * u + 2) ** 3 / 2;
}
