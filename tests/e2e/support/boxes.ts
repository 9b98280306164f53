import type { Locator } from '@playwright/test';

/** A box on the page, in CSS pixels (as getBoundingClientRect gives it). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share more than `tolerance` px each way (touching edges do not count). */
export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** Whether `inner` lies wholly inside `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The pairs of boxes that overlap, named "a × b", for a message that says which. */
export function clashes(boxes: readonly (Box & { id: string })[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) out.push(`${a.id} × ${b.id}`);
    }),
  );
  return out;
}

/**
 * The boxes of every element a locator matches, read in one go (so all from the same frame),
 * each named by its data-event-id, data-entity-id or data-label-for, else its text.
 */
export async function boxesOf(locator: Locator): Promise<(Box & { id: string })[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const id =
        el.getAttribute('data-event-id') ??
        el.getAttribute('data-entity-id') ??
        el.getAttribute('data-label-for') ??
        el.textContent ??
        '';
      return { id, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}
