/**
 * Where each event's mark goes (lane, row, base x) and which labels have room at a zoom.
 * Rows are chosen once, at the default zoom, so marks never jump while the reader zooms;
 * labels then appear wherever they fit, so zooming in reveals more of them.
 */
import { precisionOf } from '../model/dates';
import type { Span } from '../model/indexes';
import type { StoryEvent } from '../model/schema';
import type { CompressedScale } from './time-scale';
import type { ZoomTransform } from './ticks';
import { MARK_SIZE } from './mark-look';

export type MarkShape = 'point' | 'period' | 'range';

export interface Mark {
  id: string;
  lane: number;
  row: number;
  shape: MarkShape;
  /** The whole date is uncertain. */
  approximate: boolean;
  /** Only this end of the span is uncertain. */
  uncertainEnd: 'start' | 'end' | null;
  /** Base x before zoom: the start and the end of the mark's span. */
  bx0: number;
  bx1: number;
}

export interface PlacedLabel {
  id: string;
  /** Screen x where the text starts. */
  x: number;
  side: 'right' | 'left' | 'inside';
}

const POINT_RADIUS = MARK_SIZE.pointRadius;
const GAP = 6;

function shapeOf(event: StoryEvent): MarkShape {
  if (event.date.end !== undefined) return 'range';
  return precisionOf(event.date.start) === 'day' ? 'point' : 'period';
}

/** Screen extent of a mark at a zoom; a span never draws thinner than a point. */
export function markExtent(mark: Mark, z: ZoomTransform): [number, number] {
  if (mark.shape === 'point') {
    const x = z.k * mark.bx0 + z.x;
    return [x - POINT_RADIUS, x + POINT_RADIUS];
  }
  const a = z.k * mark.bx0 + z.x;
  const b = z.k * mark.bx1 + z.x;
  if (b - a >= 2 * POINT_RADIUS) return [a, b];
  const mid = (a + b) / 2;
  return [mid - POINT_RADIUS, mid + POINT_RADIUS];
}

export interface MarkLayoutInput {
  events: StoryEvent[]; // in date order
  spans: ReadonlyMap<string, Span>;
  laneOf: (event: StoryEvent) => number;
  laneCount: number;
  rowsPerLane: number;
  scale: CompressedScale;
  labelWidth: (event: StoryEvent) => number;
  viewWidth: number;
}

/** Assigns rows greedily in date order: first a row with room for mark and label, then for the mark. */
export function layoutMarks(input: MarkLayoutInput): Mark[] {
  const { events, spans, scale, rowsPerLane, viewWidth } = input;
  const identity = { k: 1, x: 0 };
  // frontier[lane][row]: where the row is free from, in base px.
  const frontier = Array.from({ length: input.laneCount }, () =>
    new Array<number>(rowsPerLane).fill(-Infinity),
  );
  return events.map((event) => {
    const span = spans.get(event.id)!;
    const shape = shapeOf(event);
    const lane = input.laneOf(event);
    const mark: Mark = {
      id: event.id,
      lane,
      row: 0,
      shape,
      approximate: event.date.approximate === true,
      uncertainEnd:
        event.date.approximate === 'start' || event.date.approximate === 'end'
          ? event.date.approximate
          : null,
      bx0: scale.toX(span.start),
      bx1: shape === 'point' ? scale.toX(span.start) : scale.toX(span.end),
    };
    const [a, b] = markExtent(mark, identity);
    const w = input.labelWidth(event);
    const rows = frontier[lane]!;
    const fits = (r: number, from: number) => from >= rows[r]! + GAP;
    let row = rows.findIndex((_, r) => fits(r, a) && b + GAP + w <= viewWidth);
    let end = b + GAP + w;
    if (row < 0) {
      row = rows.findIndex((_, r) => fits(r, a - GAP - w) && a - GAP - w >= 0);
      end = b;
    }
    if (row < 0) {
      row = rows.findIndex((_, r) => fits(r, a));
      end = b;
    }
    if (row < 0) {
      // More marks than rows here: share the row that frees up first.
      row = rows.indexOf(Math.min(...rows));
      end = Math.max(b, rows[row]!);
    }
    rows[row] = end;
    mark.row = row;
    return mark;
  });
}

/** Marks grouped by lane and row, each row in x order: computed once per layout. */
export function groupRows(marks: Mark[]): Mark[][] {
  const byRow = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.lane}:${m.row}`;
    const list = byRow.get(key);
    if (list) list.push(m);
    else byRow.set(key, [m]);
  }
  return [...byRow.values()];
}

/**
 * The labels that fit at a zoom: each row left to right, a label goes right of its mark if it
 * ends before the next mark, else left if it clears the previous label, else it stays hidden.
 */
export function placeLabels(
  rows: Mark[][],
  z: ZoomTransform,
  viewWidth: number,
  widthOf: (id: string) => number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const row of rows) {
    const extents = row.map((m) => markExtent(m, z));
    let frontier = -Infinity;
    row.forEach((m, i) => {
      const [a, b] = extents[i]!;
      if (b < 0 || a > viewWidth) {
        frontier = Math.max(frontier, b);
        return;
      }
      const w = widthOf(m.id);
      const nextStart = i + 1 < row.length ? extents[i + 1]![0] : Infinity;
      const rightEnd = b + GAP + w;
      const visibleA = Math.max(a, 0);
      if (
        m.shape === 'range' &&
        !m.approximate &&
        Math.min(b, viewWidth) - visibleA >= w + 2 * GAP
      ) {
        // A long solid bar carries its own label.
        placed.push({ id: m.id, x: visibleA + GAP, side: 'inside' });
        frontier = b;
      } else if (rightEnd + GAP <= nextStart && rightEnd <= viewWidth && a >= frontier + GAP) {
        placed.push({ id: m.id, x: b + GAP, side: 'right' });
        frontier = rightEnd;
      } else if (a - GAP - w >= Math.max(0, frontier + GAP)) {
        placed.push({ id: m.id, x: a - GAP - w, side: 'left' });
        frontier = b;
      } else frontier = Math.max(frontier, b);
    });
  }
  return placed;
}

/** The top of each lane and, last, the bottom of the lowest: each as tall as its used rows. */
export function laneTops(
  marks: readonly Mark[],
  laneCount: number,
  size: { header: number; row: number; pad: number },
): number[] {
  const rows = new Array<number>(laneCount).fill(1);
  for (const m of marks) rows[m.lane] = Math.max(rows[m.lane] ?? 1, m.row + 1);
  const tops = [0];
  for (const n of rows)
    tops.push(tops[tops.length - 1]! + size.header + n * size.row + 2 * size.pad);
  return tops;
}

/** Items by id, for lookups. */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Each event's lane: its category's place in the story's list (the first lane if unknown). */
export function laneOfCategory(categories: readonly { id: string }[]): (e: StoryEvent) => number {
  const lanes = new Map(categories.map((c, i) => [c.id, i]));
  return (e) => lanes.get(e.category) ?? 0;
}
