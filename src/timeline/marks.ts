/**
 * Where each event's mark goes (lane, row, base x) and which labels have room at a zoom.
 * Rows are chosen once, at the default zoom, so marks never jump while the reader zooms;
 * labels then appear wherever they fit, so zooming in reveals more of them.
 *
 * A few events are the ones a reader needs named on the whole story: the first (where the
 * story begins) and those of its last days (where it ends). Their labels' room is kept for
 * them before any other mark takes a row, and they are labelled first at every zoom.
 */
import { precisionOf } from '../model/dates';
import type { Span } from '../model/indexes';
import type { StoryEvent } from '../model/schema';
import { lastDayStart, lastDaysStart, type CompressedScale } from './time-scale';
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
  /** Named first: the story's first event or one of its last days' (see priorityIds). */
  priority?: boolean;
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

/** The most of the plot kept after the story's end for its last day's labels. */
const END_ROOM_SHARE = 0.35;

/**
 * The px the plot keeps after the story's end (buildTimeScale's `endRoom`): enough for the
 * widest label, of an event that starts on the story's last day, that fits in END_ROOM_SHARE
 * of the plot; none when no such label fits (a narrow plot, presenter mode's large text).
 */
export function endRoomFor(
  events: readonly StoryEvent[],
  spans: ReadonlyMap<string, Span>,
  labelWidth: (event: StoryEvent) => number,
  viewWidth: number,
): number {
  if (events.length < 2) return 0;
  const eventSpans = events.map((e) => spans.get(e.id)!);
  const lastDay = lastDayStart(eventSpans);
  const room = (e: StoryEvent) => POINT_RADIUS + GAP + labelWidth(e) + GAP;
  const fitting = events
    .filter((e, i) => eventSpans[i]!.start >= lastDay)
    .map(room)
    .filter((px) => px <= END_ROOM_SHARE * viewWidth);
  return Math.max(0, ...fitting);
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

/**
 * The events named first: the story's first, then those that start in its last days
 * (lastDaysStart): the key ones first, those that involve the most people and organisations,
 * and among equals the shortest label, so as many as possible find room.
 */
export function priorityIds(
  events: readonly StoryEvent[],
  spans: ReadonlyMap<string, Span>,
  labelWidth: (event: StoryEvent) => number,
): string[] {
  if (!events.length) return [];
  const eventSpans = events.map((e) => spans.get(e.id)!);
  const from = lastDaysStart(eventSpans);
  const first = events[0]!;
  const last = events
    .filter((e, i) => e !== first && eventSpans[i]!.start >= from)
    .map((e) => ({ id: e.id, n: e.entities.length, w: labelWidth(e) }))
    .sort((a, b) => b.n - a.n || a.w - b.w)
    .map((e) => e.id);
  return [first.id, ...last];
}

/**
 * A row of a lane while rows are chosen: where it is free from (its last label's end, or its
 * last mark's), where its marks alone end, and the labels' kept room.
 */
interface RowRoom {
  frontier: number;
  marksEnd: number;
  kept: [number, number][];
}

const clearOf = (kept: readonly [number, number][], s: number, e: number) =>
  kept.every(([k0, k1]) => e + GAP <= k0 || s >= k1 + GAP);

/**
 * Assigns rows. First each priority event, in a row where its mark and its label (right,
 * else left) are clear of the room kept so far, leaving one row of each lane for the rest;
 * then every other event greedily in date order: a row with room for mark and label, else
 * for the mark, else beside the row's marks where an earlier mark's label would have gone
 * (a hidden mark is worse than a hidden label), never over a kept label.
 */
export function layoutMarks(input: MarkLayoutInput): Mark[] {
  const { events, spans, scale, rowsPerLane, viewWidth } = input;
  const identity = { k: 1, x: 0 };
  const lanes: RowRoom[][] = Array.from({ length: input.laneCount }, () =>
    Array.from({ length: rowsPerLane }, () => ({
      frontier: -Infinity,
      marksEnd: -Infinity,
      kept: [],
    })),
  );
  const marks = events.map((event): Mark => {
    const span = spans.get(event.id)!;
    const shape = shapeOf(event);
    return {
      id: event.id,
      lane: input.laneOf(event),
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
  });
  const eventOf = new Map(events.map((e) => [e.id, e]));
  const markOf = byId(marks);
  const placed = new Set<string>();

  for (const id of priorityIds(events, spans, input.labelWidth)) {
    const mark = markOf.get(id)!;
    const rows = lanes[mark.lane]!;
    const [a, b] = markExtent(mark, identity);
    const w = input.labelWidth(eventOf.get(id)!);
    // The room a side keeps (mark and label), and whether its label is inside the view.
    const sides: { keep: [number, number]; inView: boolean }[] = [
      { keep: [a, b + GAP + w], inView: b + GAP + w <= viewWidth },
      { keep: [a - GAP - w, b], inView: a - GAP - w >= 0 },
    ];
    // One row of each lane stays free of kept room, for the lane's other marks.
    const keeping = rows.filter((r) => r.kept.length).length;
    const open = (r: RowRoom) => r.kept.length > 0 || keeping < rows.length - 1;
    for (const { keep, inView } of sides) {
      const row = inView ? rows.findIndex((r) => open(r) && clearOf(r.kept, ...keep)) : -1;
      if (row < 0) continue;
      rows[row]!.kept.push(keep);
      mark.row = row;
      mark.priority = true;
      placed.add(id);
      break;
    }
  }

  for (const mark of marks) {
    if (placed.has(mark.id)) continue;
    const rows = lanes[mark.lane]!;
    const [a, b] = markExtent(mark, identity);
    const w = input.labelWidth(eventOf.get(mark.id)!);
    const fits = (r: number, s: number, e: number) =>
      s >= rows[r]!.frontier + GAP && clearOf(rows[r]!.kept, s, e);
    const all = rows.map((_, r) => r);
    let row = all.find((r) => fits(r, a, b + GAP + w) && b + GAP + w <= viewWidth) ?? -1;
    let end = b + GAP + w;
    if (row < 0) {
      row = all.find((r) => fits(r, a - GAP - w, b) && a - GAP - w >= 0) ?? -1;
      end = b;
    }
    if (row < 0) {
      row = all.find((r) => fits(r, a, b)) ?? -1;
      end = b;
    }
    if (row < 0) {
      row = all.find((r) => a >= rows[r]!.marksEnd + GAP && clearOf(rows[r]!.kept, a, b)) ?? -1;
      end = b;
    }
    if (row < 0) {
      // More marks than rows here: share the row that frees up first, off the kept labels.
      const clear = all.filter((r) => clearOf(rows[r]!.kept, a, b));
      const pool = clear.length ? clear : all;
      row = pool.reduce((best, r) => (rows[r]!.frontier < rows[best]!.frontier ? r : best));
      end = Math.max(b, rows[row]!.frontier);
    }
    rows[row]!.frontier = end;
    rows[row]!.marksEnd = Math.max(rows[row]!.marksEnd, b);
    mark.row = row;
  }
  return marks;
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
 * Where the first mark after the i-th of a row starts: a span drawn as wide as a point may
 * start left of the mark after it, so each is looked at while one could still start earlier.
 */
function nextStartAfter(
  row: readonly Mark[],
  extents: readonly [number, number][],
  i: number,
  z: ZoomTransform,
): number {
  let first = Infinity;
  for (let j = i + 1; j < row.length && z.k * row[j]!.bx0 + z.x - POINT_RADIUS < first; j++)
    first = Math.min(first, extents[j]![0]);
  return first;
}

/**
 * The labels that fit at a zoom. In each row the priority marks are labelled first, right of
 * the mark if that clears every other mark, else left; then the row left to right: a label
 * goes right of its mark if it ends before the next mark, else left if it clears the previous
 * label, never over a priority label, else it stays hidden.
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
    const shown = (i: number) => extents[i]![1] >= 0 && extents[i]![0] <= viewWidth;
    // The priority labels first, clear of every other mark of the row and of each other.
    const first = new Map<number, PlacedLabel>();
    const kept: [number, number][] = [];
    row.forEach((m, i) => {
      if (!m.priority || !shown(i)) return;
      const [a, b] = extents[i]!;
      const w = widthOf(m.id);
      const clear = (s: number, e: number) =>
        s >= 0 &&
        e <= viewWidth &&
        clearOf(kept, s, e) &&
        extents.every(([c, d], j) => j === i || e + GAP <= c || s >= d + GAP);
      const label: PlacedLabel | null = clear(b + GAP, b + GAP + w)
        ? { id: m.id, x: b + GAP, side: 'right' }
        : clear(a - GAP - w, a - GAP)
          ? { id: m.id, x: a - GAP - w, side: 'left' }
          : null;
      if (!label) return;
      first.set(i, label);
      kept.push([label.x, label.x + w]);
    });
    let frontier = -Infinity;
    row.forEach((m, i) => {
      const [a, b] = extents[i]!;
      if (!shown(i)) {
        frontier = Math.max(frontier, b);
        return;
      }
      const w = widthOf(m.id);
      const early = first.get(i);
      if (early) {
        placed.push(early);
        frontier = early.side === 'right' ? early.x + w : b;
        return;
      }
      const nextStart = nextStartAfter(row, extents, i, z);
      const rightEnd = b + GAP + w;
      const visibleA = Math.max(a, 0);
      if (
        m.shape === 'range' &&
        !m.approximate &&
        visibleA >= frontier + GAP &&
        Math.min(b, viewWidth) - visibleA >= w + 2 * GAP
      ) {
        // A long solid bar carries its own label.
        placed.push({ id: m.id, x: visibleA + GAP, side: 'inside' });
        frontier = b;
      } else if (
        rightEnd + GAP <= nextStart &&
        rightEnd <= viewWidth &&
        a >= frontier + GAP &&
        clearOf(kept, b + GAP, rightEnd)
      ) {
        placed.push({ id: m.id, x: b + GAP, side: 'right' });
        frontier = rightEnd;
      } else if (
        a - GAP - w >= Math.max(0, frontier + GAP) &&
        nextStart >= a &&
        clearOf(kept, a - GAP - w, a)
      ) {
        placed.push({ id: m.id, x: a - GAP - w, side: 'left' });
        frontier = b;
      } else frontier = Math.max(frontier, b);
    });
  }
  return placed;
}

/**
 * The top of each lane and, last, the bottom of the lowest: each as tall as its used rows,
 * under its header (`headers[lane]`, px: the name above the rows on a narrow screen), and never
 * shorter than `least[lane]` px (its name in the gutter, wrapped: with a reader's own text
 * spacing, WCAG 1.4.12, a name can take more lines than the rows give it).
 */
export function laneTops(
  marks: readonly Mark[],
  laneCount: number,
  size: { row: number; pad: number; headers: readonly number[]; least?: readonly number[] },
): number[] {
  const rows = new Array<number>(laneCount).fill(1);
  for (const m of marks) rows[m.lane] = Math.max(rows[m.lane] ?? 1, m.row + 1);
  const tops = [0];
  rows.forEach((n, lane) => {
    const height = (size.headers[lane] ?? 0) + n * size.row + 2 * size.pad;
    tops.push(tops[tops.length - 1]! + Math.max(height, size.least?.[lane] ?? 0));
  });
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

/** The text of an event's label: its short title where it has one. */
export function labelOf(event: Pick<StoryEvent, 'title' | 'shortTitle'> | undefined): string {
  return event ? (event.shortTitle ?? event.title) : '';
}
