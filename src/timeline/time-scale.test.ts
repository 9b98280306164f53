import { describe, expect, it, vi } from 'vitest';
import { buildTimeScale, scaleOfPieces } from './time-scale';
import { ticksFor, breaksFor, finestUnit } from './ticks';
import { layoutMarks, groupRows, placeLabels, markExtent } from './marks';
import { transformFor, windowOf, zoomAround, clampTransform, maxZoomFor } from './zoom-math';
import { spanOf } from '../model/dates';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

const day = (iso: string) => spanOf({ start: iso });
// Shaped like the story: one day in 1798, a wartime span, and a busy spring of 2025.
const story = [
  day('1798-07-06'),
  spanOf({ start: '1941-12-07', end: '1948' }),
  day('2025-03'),
  ...[1, 4, 7, 9, 11, 12, 13, 14, 14, 14].map((d) => day(`2025-04-${String(d).padStart(2, '0')}`)),
  ...[15, 15, 20, 31].map((d) => day(`2025-03-${d}`)),
];
const measure = (text: string) => text.length * 8;

describe('the compressed time scale', () => {
  const scale = buildTimeScale(story, 1000);

  it('collapses the empty decades into breaks', () => {
    const breaks = scale.pieces.filter((p) => p.kind === 'break');
    expect(breaks).toHaveLength(2);
    const widths = breaks.map((b) => b.x1 - b.x0);
    widths.forEach((w) => expect(w).toBeLessThan(30));
  });

  it('gives the busy months of 2025 most of the width', () => {
    const x0 = scale.toX(Date.UTC(2025, 2, 1));
    const x1 = scale.toX(Date.UTC(2025, 3, 15));
    expect(x1 - x0).toBeGreaterThan(300);
  });

  it('keeps 1798 and the wartime span on screen with room of their own', () => {
    const x1798 = scale.toX(Date.UTC(1798, 6, 6));
    const war = scale.toX(Date.UTC(1941, 11, 7));
    expect(x1798).toBeGreaterThanOrEqual(0);
    expect(war - x1798).toBeGreaterThan(20);
    expect(scale.toX(Date.UTC(2025, 3, 15))).toBeLessThanOrEqual(1000);
  });

  it('is monotone and inverts itself', () => {
    let prev = -Infinity;
    for (const t of [
      Date.UTC(1798, 0, 1),
      Date.UTC(1798, 6, 6),
      Date.UTC(1900, 0, 1),
      Date.UTC(1945, 0, 1),
      Date.UTC(2025, 3, 1),
      Date.UTC(2025, 3, 14),
    ]) {
      const x = scale.toX(t);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x;
      if (scale.pieces.find((p) => p.kind === 'time' && p.start <= t && t < p.end)) {
        expect(Math.abs(scale.toTime(x) - t)).toBeLessThan(1000);
      }
    }
  });

  it('gives the last three days a piece of their own, at least a fifth of the width', () => {
    const last = scale.pieces[scale.pieces.length - 1]!;
    expect(new Date(last.start).toISOString()).toBe('2025-04-12T00:00:00.000Z');
    expect(last.x1 - last.x0).toBeGreaterThanOrEqual(200);
    expect(last.x1).toBe(1000);
  });

  it('keeps the room asked for after the story, and lays time over the rest', () => {
    const roomy = buildTimeScale(story, 1000, 240);
    expect(roomy.pieces[roomy.pieces.length - 1]!.x1).toBe(760);
    expect(roomy.width).toBe(1000);
    // Past its end the scale goes on at the last days' pace, into the room.
    expect(roomy.toX(Date.UTC(2025, 3, 17))).toBeGreaterThan(760);
    expect(roomy.toX(Date.UTC(2025, 3, 17))).toBeLessThan(1000);
  });

  it('is linear within a piece, so a week is a week', () => {
    const w1 = scale.toX(Date.UTC(2025, 3, 8)) - scale.toX(Date.UTC(2025, 3, 1));
    const w2 = scale.toX(Date.UTC(2025, 1, 8)) - scale.toX(Date.UTC(2025, 1, 1));
    expect(w1).toBeCloseTo(w2, 6);
  });
});

describe('axis ticks', () => {
  const scale = buildTimeScale(story, 1000);

  it('names years at the default view, the last days by day, and days when zoomed in far', () => {
    const base = ticksFor(scale, { k: 1, x: 0 }, 1000, measure, 'en-GB');
    expect(base.map((t) => t.label)).toEqual(expect.arrayContaining(['1798', '1941']));
    // Only the story's last three days, which have a piece of their own, are named by day.
    const days = base.filter((t) => t.unit === 'day').map((t) => t.label);
    expect(days).toEqual(['12 Apr 2025', '14 Apr', '15 Apr']);
    const target = transformFor(
      { start: Date.UTC(2025, 3, 7), end: Date.UTC(2025, 3, 15) },
      scale,
      1000,
    );
    const zoomed = ticksFor(scale, target, 1000, measure, 'en-GB');
    expect(finestUnit(zoomed)).toBe('day');
    expect(zoomed.map((t) => t.label)).toContain('14 Apr');
    // The same ticks in Spanish: the locale is the reader's, and nothing English is reused.
    expect(ticksFor(scale, target, 1000, measure, 'es').map((t) => t.label)).toContain('14 abr');
  });

  it('never lets two tick labels touch', () => {
    for (const k of [1, 2, 4, 8, 16, 64, 256]) {
      const ticks = ticksFor(scale, { k, x: -k * 500 + 500 }, 1000, measure, 'en-GB');
      for (let i = 1; i < ticks.length; i++) {
        expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x + measure(ticks[i - 1]!.label));
      }
    }
  });

  it('formats ticks in UTC, whatever the zone', async () => {
    const target = transformFor(
      { start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 3, 20) },
      scale,
      1000,
    );
    const labels = ticksFor(scale, target, 1000, measure, 'en-GB').map((t) => t.label);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    vi.resetModules(); // nothing formatted in the first zone is remembered
    const fresh = await import('./ticks');
    const there = fresh.ticksFor(scale, target, 1000, measure, 'en-GB').map((t) => t.label);
    process.env.TZ = zone;
    expect(there).toEqual(labels);
    expect(labels).toContain('14 Apr');
  });

  it('reports how many years each break leaves out', () => {
    expect(breaksFor(scale, { k: 1, x: 0 }).map((b) => b.years)).toEqual([142, 76]);
  });
});

describe('marks and labels', () => {
  const s = miniStory();
  const index = buildIndex(s);
  const scale = buildTimeScale([...index.eventSpan.values()], 800);
  const marks = layoutMarks({
    events: index.eventsInOrder,
    spans: index.eventSpan,
    laneOf: (e) => s.categories.findIndex((c) => c.id === e.category),
    laneCount: 2,
    rowsPerLane: 3,
    scale,
    labelWidth: (e) => measure(e.title),
    viewWidth: 800,
  });

  it('puts each event in its category’s lane', () => {
    expect(marks.find((m) => m.id === 'meeting')!.lane).toBe(1);
    expect(marks.find((m) => m.id === 'act-signed')!.lane).toBe(0);
  });

  it('places labels that never overlap each other, at any zoom', () => {
    for (const k of [1, 3, 10, 50]) {
      const z = clampTransform({ k, x: -k * 400 + 400 }, 800);
      const labels = placeLabels(groupRows(marks), z, 800, (id) =>
        measure(index.eventById.get(id)!.title),
      );
      const boxes = labels.map((l) => {
        const m = marks.find((mm) => mm.id === l.id)!;
        return {
          row: `${m.lane}:${m.row}`,
          a: l.x,
          b: l.x + measure(index.eventById.get(l.id)!.title),
        };
      });
      for (const p of boxes)
        for (const q of boxes)
          if (p !== q && p.row === q.row) expect(p.b <= q.a || q.b <= p.a).toBe(true);
    }
  });

  it('never draws a span thinner than a point', () => {
    const m = marks.find((mm) => mm.id === 'act-invoked')!;
    const [a, b] = markExtent(m, { k: 1, x: 0 });
    expect(b - a).toBeGreaterThanOrEqual(14);
  });
});

describe('zoom arithmetic', () => {
  const scale = buildTimeScale(story, 1000);
  it('turns a window into a transform and back', () => {
    const w = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };
    const back = windowOf(transformFor(w, scale, 1000), scale, 1000);
    expect(Math.abs(back.start - w.start)).toBeLessThan(60_000);
    expect(Math.abs(back.end - w.end)).toBeLessThan(60_000);
  });
  it('stops zooming where one day fills a third of the view, so a date is always named', () => {
    const maxK = maxZoomFor(scale);
    // In the weeks before the last days, the widest piece: a day is a third of the view.
    const april1 = Date.UTC(2025, 3, 1);
    const z = transformFor({ start: april1, end: april1 + 3_600_000 }, scale, 1000);
    const clamped = clampTransform(z, 1000, maxK);
    expect(clamped.k).toBeCloseTo(maxK);
    const day = scale.toX(april1 + 86_400_000) - scale.toX(april1);
    expect(day * maxK).toBeCloseTo(1000 / 3, 6);
    expect(ticksFor(scale, clamped, 1000, measure, 'en-GB').length).toBeGreaterThanOrEqual(1);
    // The last days are drawn denser: zoomed as far inside 14 April, the day is still named.
    const at14 = transformFor(
      { start: Date.UTC(2025, 3, 14, 10), end: Date.UTC(2025, 3, 14, 11) },
      scale,
      1000,
      maxK,
    );
    expect(ticksFor(scale, at14, 1000, measure, 'en-GB')).toEqual([
      { t: Date.UTC(2025, 3, 14), x: 0, label: '14 Apr 2025', unit: 'day', held: true },
    ]);
  });

  it('never zooms out past the whole story or pans off its ends', () => {
    expect(zoomAround({ k: 1, x: 0 }, 0.5, 500, 1000)).toEqual({ k: 1, x: 0 });
    expect(clampTransform({ k: 2, x: 300 }, 1000)).toEqual({ k: 2, x: 0 });
    expect(clampTransform({ k: 2, x: -5000 }, 1000)).toEqual({ k: 2, x: -1000 });
  });
});

describe('a window of a day or two', () => {
  // One piece of ten days over 1000 px: 100 px a day, so the deepest zoom is 1000 / 3 / 100.
  const DAY = 86_400_000;
  const tenDays = scaleOfPieces([{ kind: 'time', start: 0, end: 10 * DAY, x0: 0, x1: 1000 }], 1000);

  it('is shown at the deepest zoom, centred on the window', () => {
    const maxK = maxZoomFor(tenDays);
    expect(maxK).toBeCloseTo(3.3333, 4);
    const z = transformFor({ start: 4 * DAY, end: 5 * DAY }, tenDays, 1000, maxK);
    expect(z.k).toBeCloseTo(3.3333, 4);
    expect(z.x).toBeCloseTo(-1000, 6);
    const shown = windowOf(z, tenDays, 1000);
    expect(shown.start / DAY).toBeCloseTo(3, 6);
    expect(shown.end / DAY).toBeCloseTo(6, 6);
  });

  it('is shown whole when the zoom has room for it', () => {
    const z = transformFor({ start: 2 * DAY, end: 7 * DAY }, tenDays, 1000, 10);
    expect(z).toEqual({ k: 2, x: -400 });
  });

  it('keeps 14 April in view when the story is opened on that one day', () => {
    const scale = buildTimeScale(story, 1000);
    const z = transformFor(
      { start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) },
      scale,
      1000,
      maxZoomFor(scale),
    );
    const shown = windowOf(z, scale, 1000);
    const minute = 60_000;
    expect(Math.abs(shown.start - Date.UTC(2025, 3, 14))).toBeLessThan(minute);
    expect(Math.abs(shown.end - Date.UTC(2025, 3, 15))).toBeLessThan(minute);
  });
});
