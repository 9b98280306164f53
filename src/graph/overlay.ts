/** Where the overlay's elements go on screen: node boxes from model to container pixels. */
import type { Box } from './geometry';
import type { Viewport } from './viewport';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A model box on screen, grown about its centre to at least `min` px each way. */
export function renderedRect(b: Box, { zoom, pan }: Viewport, min: number): Rect {
  const width = Math.max((b.x2 - b.x1) * zoom, min);
  const height = Math.max((b.y2 - b.y1) * zoom, min);
  const cx = ((b.x1 + b.x2) / 2) * zoom + pan.x;
  const cy = ((b.y1 + b.y2) / 2) * zoom + pan.y;
  return { left: cx - width / 2, top: cy - height / 2, width, height };
}

/** Whether any of the rect shows in a frame of this size. */
export function touchesFrame(r: Rect, width: number, height: number): boolean {
  return r.left + r.width > 0 && r.top + r.height > 0 && r.left < width && r.top < height;
}

/** Whether all of the rect shows in a frame of this size. */
export function insideFrame(r: Rect, width: number, height: number): boolean {
  return r.left >= 0 && r.top >= 0 && r.left + r.width <= width && r.top + r.height <= height;
}

/**
 * The nodes whose names are not drawn on a projector: faded (by the selection or the window),
 * or not wholly in a frame of this size, so that no name is ever cut in half at its edge.
 */
export function quietNames(
  boxes: Iterable<[string, Box]>,
  viewport: Viewport,
  frame: { width: number; height: number },
  faded: (id: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const [id, box] of boxes) {
    if (faded(id) || !insideFrame(renderedRect(box, viewport, 0), frame.width, frame.height))
      out.add(id);
  }
  return out;
}
