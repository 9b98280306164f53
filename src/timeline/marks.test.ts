import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanOf } from '../model/dates';
import type { StoryEvent } from '../model/schema';
import {
  endRoomFor,
  groupRows,
  laneTops,
  layoutMarks,
  markExtent,
  placeLabels,
  priorityIds,
  type Mark,
} from './marks';
import { MARK_SIZE } from './mark-look';
import { scaleOfPieces } from './time-scale';

const DAY = 86_400_000;
const JAN_1 = Date.UTC(2025, 0, 1);

/** An event of `lane` ('a', 'b'…) on day `d` of 2025 (1 = 1 January), lasting `days` if given. */
function event(id: string, d: number, lane = 'a', days = 0): StoryEvent {
  const iso = (n: number) => new Date(JAN_1 + (n - 1) * DAY).toISOString().slice(0, 10);
  return {
    id,
    title: id,
    date: { start: iso(d), ...(days ? { end: iso(d + days) } : {}), basis: 'stated' },
    summary: id,
    entities: [],
    category: lane,
    sources: [{ source: 's', quote: 'q' }],
  };
}

/** Lays out the events on a linear scale of 1 January to 20 April 2025 over `width` px. */
function layout(events: StoryEvent[], width: number, rows: number, widths: Record<string, number>) {
  const spans = new Map(events.map((e) => [e.id, spanOf(e.date)]));
  const start = JAN_1;
  const end = JAN_1 + 110 * DAY; // 21 April
  const scale = scaleOfPieces([{ kind: 'time', start, end, x0: 0, x1: width }], width);
  const marks = layoutMarks({
    events,
    spans,
    laneOf: (e) => e.category.charCodeAt(0) - 97,
    laneCount: 3,
    rowsPerLane: rows,
    scale,
    labelWidth: (e) => widths[e.id] ?? 100,
    viewWidth: width,
  });
  const labelled = (z = { k: 1, x: 0 }) =>
    placeLabels(groupRows(marks), z, width, (id) => widths[id] ?? 100);
  return { marks, labelled };
}

// The story in small: a first event, a busy middle, and the last days crowded at the right.
// 5 px a day over 550 px: 12–14 April (days 102–104) sit at x 505–515, where only a label
// to the left of its mark fits, over the whole of March.
const STORY = [
  event('first', 2),
  event('early', 5),
  event('feb', 40),
  event('mar-1', 70),
  event('mar-2', 74),
  event('mar-3', 80),
  event('apr-7', 97),
  event('sat', 102),
  event('sun', 103, 'b'),
  event('mon-1', 104),
  event('mon-2', 104, 'b'),
  event('mon-3', 104, 'b'),
];
const WIDTHS: Record<string, number> = {
  first: 120,
  early: 200,
  feb: 150,
  'mar-1': 90,
  'mar-2': 90,
  'mar-3': 90,
  'apr-7': 120,
  sat: 260,
  sun: 240,
  'mon-1': 250,
  'mon-2': 180,
  'mon-3': 300,
};

describe('the labels of the whole story', () => {
  it('names the first event and the last days first, among equals the shortest label first', () => {
    const spans = new Map(STORY.map((e) => [e.id, spanOf(e.date)]));
    expect(priorityIds(STORY, spans, (e) => WIDTHS[e.id]!)).toEqual([
      'first',
      'mon-2',
      'sun',
      'mon-1',
      'sat',
      'mon-3',
    ]);
    expect(priorityIds([], spans, () => 0)).toEqual([]);
  });

  it('names the key events of the last days first: those that involve the most entities', () => {
    const involving = (e: StoryEvent, n: number): StoryEvent => ({
      ...e,
      entities: Array.from({ length: n }, (_, i) => ({ id: `entity-${i}` })),
    });
    const story = STORY.map((e) =>
      e.id === 'mon-3' ? involving(e, 3) : e.id === 'sat' ? involving(e, 2) : e,
    );
    const spans = new Map(story.map((e) => [e.id, spanOf(e.date)]));
    expect(priorityIds(story, spans, (e) => WIDTHS[e.id]!)).toEqual([
      'first',
      'mon-3',
      'sat',
      'mon-2',
      'sun',
      'mon-1',
    ]);
  });

  it('keeps room after the story for the widest label of its last day that fits', () => {
    const spans = new Map(STORY.map((e) => [e.id, spanOf(e.date)]));
    const width = (e: StoryEvent) => WIDTHS[e.id]!;
    // The last day's labels are 250, 180 and 300 px wide; the room adds the mark's radius
    // and a gap either side, and is at most 35% of the view.
    expect(endRoomFor(STORY, spans, width, 1000)).toBe(MARK_SIZE.pointRadius + 312);
    expect(endRoomFor(STORY, spans, width, 700)).toBe(MARK_SIZE.pointRadius + 192);
    expect(endRoomFor(STORY, spans, width, 400)).toBe(0);
    expect(endRoomFor(STORY.slice(0, 1), spans, width, 1000)).toBe(0);
  });

  it.each([
    // width, rows a lane: the labels shown at the default zoom
    [550, 2, ['early', 'first', 'mar-1', 'mon-1', 'mon-2', 'sun']],
    [550, 3, ['early', 'feb', 'first', 'mar-1', 'mon-1', 'mon-2', 'mon-3', 'sat', 'sun']],
    // One row a lane: no room is kept (the row is the lane's other marks'), first come first.
    [550, 1, ['mar-1', 'sun']],
  ] as const)('at %i px with %i rows a lane labels %j', (width, rows, ids) => {
    const { labelled } = layout(STORY, width, rows, WIDTHS);
    expect(
      labelled()
        .map((l) => l.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('gives a priority label its room on the side that fits', () => {
    const { labelled } = layout(STORY, 550, 2, WIDTHS);
    const side = Object.fromEntries(labelled().map((l) => [l.id, l.side]));
    expect(side).toMatchObject({ first: 'right', 'mon-1': 'left', 'mon-2': 'left' });
  });

  it('still reveals more labels when zoomed in on the last days', () => {
    const { labelled } = layout(STORY, 550, 2, WIDTHS);
    expect(labelled().map((l) => l.id)).not.toContain('apr-7');
    const zoomed = labelled({ k: 8, x: -8 * 500 + 275 });
    expect(zoomed.map((l) => l.id)).toEqual(expect.arrayContaining(['apr-7', 'sun', 'mon-1']));
  });
});

/** Boxes of the placed labels and of the marks, each with its row. */
function boxes(
  marks: Mark[],
  z: { k: number; x: number },
  width: number,
  w: (id: string) => number,
) {
  const labels = placeLabels(groupRows(marks), z, width, w);
  const rowOf = new Map(marks.map((m) => [m.id, `${m.lane}:${m.row}`]));
  return {
    labels: labels.map((l) => ({ ...l, row: rowOf.get(l.id)!, a: l.x, b: l.x + w(l.id) })),
    marks: marks.map((m) => {
      const [a, b] = markExtent(m, z);
      return { id: m.id, row: rowOf.get(m.id)!, a, b };
    }),
  };
}

describe('placed labels, for any events, width and zoom', () => {
  const arbitraryStory = fc.array(
    fc.record({
      day: fc.integer({ min: 1, max: 105 }),
      lane: fc.constantFrom('a', 'b', 'c'),
      days: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
      width: fc.integer({ min: 10, max: 400 }),
    }),
    { minLength: 1, maxLength: 40 },
  );

  it('never overlap each other, nor another event’s mark beside theirs, nor leave the view', () => {
    fc.assert(
      fc.property(
        arbitraryStory,
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (items, width, rows, k, at) => {
          const events = items
            .map((it, i) => event(`e${i}`, it.day, it.lane, it.days))
            .sort((p, q) => p.date.start.localeCompare(q.date.start));
          const widths = Object.fromEntries(items.map((it, i) => [`e${i}`, it.width]));
          const { marks } = layout(events, width, rows, widths);
          const z = { k, x: -at * (k - 1) * width };
          const { labels, marks: extents } = boxes(marks, z, width, (id) => widths[id]!);
          for (const l of labels) {
            expect(l.a).toBeGreaterThanOrEqual(0);
            expect(l.b).toBeLessThanOrEqual(width);
            for (const o of labels)
              if (o !== l && o.row === l.row) expect(l.b <= o.a || o.b <= l.a).toBe(true);
            // A title written on its own bar is on that bar, wherever the bar goes.
            for (const m of extents)
              if (l.side !== 'inside' && m.id !== l.id && m.row === l.row)
                expect(l.b <= m.a || m.b <= l.a).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 layouts take about a second alone; a busy 2-core machine can take many times that.
  }, 30_000);
});

describe('the lanes’ tops', () => {
  // Lane 0 uses rows 0 and 2 (three rows), lane 1 none (one row), lane 2 row 0.
  const marks = [
    { lane: 0, row: 0 },
    { lane: 0, row: 2 },
    { lane: 2, row: 0 },
  ] as Mark[];

  it('makes each lane as tall as its used rows and their padding, one row when empty', () => {
    expect(laneTops(marks, 3, { row: 26, pad: 4, headers: [] })).toEqual([0, 86, 120, 154]);
  });

  it('puts a header above each lane’s rows: its name, on a narrow screen', () => {
    expect(laneTops(marks, 3, { row: 26, pad: 4, headers: [20, 20, 38] })).toEqual([
      0, 106, 160, 232,
    ]);
  });

  it('makes a lane at least as tall as its name wants, and no taller when the rows are', () => {
    // A name wrapped onto three lines of 18 px, plus the padding, in lanes 1 and 2; 40 in lane 0.
    expect(laneTops(marks, 3, { row: 26, pad: 4, headers: [], least: [40, 62, 62] })).toEqual([
      0, 86, 148, 210,
    ]);
  });
});
