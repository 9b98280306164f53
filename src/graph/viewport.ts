/**
 * The graph's viewport as plain numbers: fitting, zooming about a point, panning a box into
 * view. The graph's state computes the viewport here and the canvas only applies it, so every
 * rule about what the reader sees is tested without a browser.
 */
import type { Box, Point } from './geometry';

export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The zoom range of the canvas (Cytoscape's minZoom and maxZoom). Low enough that the fit
 * button shows the whole of a big graph on a phone (3,000 entities need about 0.02 there).
 */
export const ZOOM_LIMITS = { min: 0.01, max: 5 } as const;

export interface FitOptions {
  padding: number;
  /** Room kept clear at the right, for the zoom buttons: no node is drawn under them. */
  reserveRight: number;
  /** Never zoom in further than this to fit: a tiny graph should not fill the screen. */
  maxZoom: number;
  /**
   * Never zoom out further than this: below it names are too small to read, so a small
   * screen shows the middle of the graph, readable, and the reader pans to the rest.
   */
  minZoom: number;
  /** The zoom for that middle view; minZoom if not given. */
  fallbackZoom?: number;
}

/** The whole of `bounds` in the frame less its margins, within the limits; null if no room. */
export function fitViewport(bounds: Box, frame: Size, o: FitOptions): Viewport | null {
  const width = frame.width - 2 * o.padding - o.reserveRight;
  const height = frame.height - 2 * o.padding;
  if (width <= 0 || height <= 0) return null;
  const w = bounds.x2 - bounds.x1;
  const h = bounds.y2 - bounds.y1;
  const fitted = Math.min(width / Math.max(w, 1), height / Math.max(h, 1));
  const wanted = Math.min(o.maxZoom, fitted < o.minZoom ? (o.fallbackZoom ?? o.minZoom) : fitted);
  // Never past the canvas's own limit: Cytoscape would refuse that zoom, keep its own, and
  // report it back, so the view would not move at all.
  const zoom = Math.max(ZOOM_LIMITS.min, wanted);
  return {
    zoom,
    pan: {
      x: o.padding + width / 2 - zoom * (bounds.x1 + w / 2),
      y: o.padding + height / 2 - zoom * (bounds.y1 + h / 2),
    },
  };
}

/** Zooms by `factor` about a point in frame pixels, which stays where it is on screen. */
export function zoomAbout(v: Viewport, factor: number, at: Point): Viewport {
  const zoom = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, v.zoom * factor));
  const k = zoom / v.zoom;
  return { zoom, pan: { x: at.x - (at.x - v.pan.x) * k, y: at.y - (at.y - v.pan.y) * k } };
}

export function panBy(v: Viewport, by: Point): Viewport {
  return { zoom: v.zoom, pan: { x: v.pan.x + by.x, y: v.pan.y + by.y } };
}

/**
 * Pans just enough to bring a model box fully into view, with a margin; a box larger than the
 * frame shows its top left. The same viewport when it is in view already.
 */
export function panIntoView(
  v: Viewport,
  box: Box,
  frame: Size,
  margin: number,
  insets: Insets = {},
): Viewport {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const x = [box.x1 * v.zoom + v.pan.x, box.x2 * v.zoom + v.pan.x] as const;
  const y = [box.y1 * v.zoom + v.pan.y, box.y2 * v.zoom + v.pan.y] as const;
  const dx = shift(...x, left + margin, frame.width - right - margin);
  const dy = shift(...y, top + margin, frame.height - bottom - margin);
  return dx || dy ? panBy(v, { x: dx, y: dy }) : v;
}

/** What covers the frame's edges (the keyboard help, the zoom buttons), px from each side. */
export interface Insets {
  top?: number;
  right?: number;
  bottom?: number;
  left?: number;
}

/** How far to move a span so it lies within [lo, hi]; its start wins if it cannot fit. */
function shift(start: number, end: number, lo: number, hi: number): number {
  if (start < lo) return lo - start;
  if (end > hi) return Math.max(hi - end, lo - start);
  return 0;
}

/** Whether two viewports draw the same picture (to a hundredth of a pixel). */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  const near = (x: number, y: number, tolerance: number) => Math.abs(x - y) < tolerance;
  return near(a.zoom, b.zoom, 1e-6) && near(a.pan.x, b.pan.x, 0.01) && near(a.pan.y, b.pan.y, 0.01);
}
