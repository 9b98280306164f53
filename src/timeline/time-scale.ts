/**
 * A time scale for a story that spans centuries but happens mostly in weeks: empty stretches
 * of years collapse into visible breaks, and each remaining year gets room in proportion to
 * how much happens in it. Within a piece the scale is linear, so a week is a week; the pieces
 * join end to end, so the scale is monotone and invertible everywhere. The pieces are decided
 * here; the mapping itself is a d3 scaleUtc with one stop per piece boundary.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcTime } from '../model/dates';
import type { Span } from '../model/indexes';
import type { ZoomTransform } from './ticks';

export interface TimePiece {
  kind: 'time' | 'break';
  /** Domain, UTC ms, [start, end). */
  start: number;
  end: number;
  /** Range in base pixels, before any zoom. */
  x0: number;
  x1: number;
}

export interface CompressedScale {
  pieces: TimePiece[];
  width: number;
  /** UTC ms → base px. */
  toX(t: number): number;
  /** Base px → UTC ms (within a break, a time inside the gap). */
  toTime(x: number): number;
  domain: Span;
  /** The same mapping as a d3 time scale: one stop per piece boundary. */
  utc: ScaleTime<number, number>;
}

const DAY = 86_400_000;
const yearStart = (y: number) => utcTime(y);
const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** Weights: a year with events outweighs an empty covered year; a break is a fixed notch. */
const WEIGHT = { base: 1, perStart: 3, coveredYear: 0.3, break: 1.2 };

interface YearRun {
  years: { year: number; starts: number }[];
}

/** Consecutive years that some event covers, with how many events start in each. */
function coveredYearRuns(spans: Span[]): YearRun[] {
  const starts = new Map<number, number>();
  const covered = new Set<number>();
  for (const s of spans) {
    const first = yearOf(s.start);
    const last = yearOf(Math.max(s.start, s.end - 1));
    starts.set(first, (starts.get(first) ?? 0) + 1);
    for (let y = first; y <= last; y++) covered.add(y);
  }
  const years = [...covered].sort((a, b) => a - b);
  const runs: YearRun[] = [];
  for (const year of years) {
    const entry = { year, starts: starts.get(year) ?? 0 };
    const run = runs[runs.length - 1];
    const prev = run?.years[run.years.length - 1];
    if (run && prev && prev.year === year - 1) run.years.push(entry);
    else runs.push({ years: [entry] });
  }
  return runs;
}

interface Draft {
  kind: 'time' | 'break';
  start: number;
  end: number;
  weight: number;
}

/** Years in a run with at most one event starting among them share one linear piece. */
function piecesOfRun(run: YearRun): Draft[] {
  const drafts: Draft[] = [];
  let group: { year: number; starts: number }[] = [];
  const flush = () => {
    if (!group.length) return;
    const starts = group.reduce((n, y) => n + y.starts, 0);
    const weight =
      (starts ? WEIGHT.base : 0) +
      WEIGHT.perStart * starts +
      WEIGHT.coveredYear * (starts ? group.length - 1 : group.length);
    drafts.push({
      kind: 'time',
      start: yearStart(group[0]!.year),
      end: yearStart(group[group.length - 1]!.year + 1),
      weight,
    });
    group = [];
  };
  for (const year of run.years) {
    const starts = group.reduce((n, y) => n + y.starts, 0);
    if (group.length && starts + year.starts > 1) flush();
    group.push(year);
  }
  flush();
  return drafts;
}

/** Trims the story's edges so the first and last events do not sit in empty months. */
function trimEdges(drafts: Draft[], extent: Span): void {
  const last = drafts[drafts.length - 1]!;
  const pad = Math.max(DAY, 0.04 * (extent.end - Math.max(last.start, extent.start)));
  last.end = Math.min(last.end, extent.end + pad);
  if (drafts.length === 1) last.start = Math.max(last.start, extent.start - pad);
}

/** The story's last days: the news it leads to, given their own room and named first. */
const LAST_DAYS = 3;

/** The story's last day: the UTC day its latest event starts on, as UTC ms. */
export function lastDayStart(spans: readonly Span[]): number {
  return Math.floor(Math.max(...spans.map((s) => s.start)) / DAY) * DAY;
}

/** Where the story's last LAST_DAYS days begin: its last day, less two. */
export function lastDaysStart(spans: readonly Span[]): number {
  return lastDayStart(spans) - (LAST_DAYS - 1) * DAY;
}

/** The least share of the plot the last days' piece gets. */
const LAST_DAYS_SHARE = 0.2;

/**
 * Gives the story's last LAST_DAYS days a piece of their own, when several events start in them
 * and earlier ones share their piece: a story that leads to one day (a meeting, a ruling) is
 * crowded there, so those days get at least LAST_DAYS_SHARE of the plot. The axis names their
 * days, so the change of pace is read, not hidden.
 */
function splitLastDays(drafts: Draft[], spans: Span[]): void {
  const last = drafts[drafts.length - 1]!;
  const from = lastDaysStart(spans);
  if (from <= last.start) return;
  const inLast = spans.filter((s) => s.start >= from).length;
  const before = spans.filter((s) => s.start >= last.start && s.start < from).length;
  if (inLast < 3 || before === 0) return;
  // The last days' weight w is their events' weight, or more: enough that w over the new
  // total (the other pieces, the earlier part of this one, and w) is at least the share.
  const rest = drafts.reduce((n, d) => n + d.weight, 0) - last.weight;
  const earlier = WEIGHT.base + WEIGHT.perStart * before;
  const days = Math.max(
    WEIGHT.perStart * inLast,
    (LAST_DAYS_SHARE * (rest + earlier)) / (1 - LAST_DAYS_SHARE),
  );
  drafts.splice(
    drafts.length - 1,
    1,
    { kind: 'time', start: last.start, end: from, weight: earlier },
    { kind: 'time', start: from, end: last.end, weight: days },
  );
}

/**
 * `endRoom`: px kept free at the plot's right, after the story's end, for the labels of its
 * last day's marks (which have no later mark to give way to); time is laid over the rest.
 */
export function buildTimeScale(spans: Span[], width: number, endRoom = 0): CompressedScale {
  if (!spans.length) {
    const now = yearStart(2000);
    spans = [{ start: now, end: yearStart(2001) }];
  }
  const extent = {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
  const drafts: Draft[] = [];
  for (const run of coveredYearRuns(spans)) {
    const prev = drafts[drafts.length - 1];
    const pieces = piecesOfRun(run);
    if (prev)
      drafts.push({ kind: 'break', start: prev.end, end: pieces[0]!.start, weight: WEIGHT.break });
    drafts.push(...pieces);
  }
  splitLastDays(drafts, spans);
  trimEdges(drafts, extent);

  const total = drafts.reduce((n, d) => n + d.weight, 0);
  const timeWidth = width - Math.max(0, Math.min(endRoom, width / 2));
  let x = 0;
  const pieces: TimePiece[] = drafts.map((d) => {
    const x0 = x;
    x += (d.weight / total) * timeWidth;
    return { kind: d.kind, start: d.start, end: d.end, x0, x1: x };
  });
  pieces[pieces.length - 1]!.x1 = timeWidth;
  return scaleOfPieces(pieces, width);
}

/**
 * The scale of pieces laid end to end. Piecewise linear is what a d3 time scale with several
 * stops does, so each piece's bounds are one stop of its domain and range; d3 extrapolates
 * the first and last piece past the ends, as the story's edges need.
 */
export function scaleOfPieces(pieces: TimePiece[], width: number): CompressedScale {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const utc = scaleUtc()
    .domain([...pieces.map((p) => p.start), last.end])
    .range([...pieces.map((p) => p.x0), last.x1]);
  return {
    pieces,
    width,
    domain: { start: first.start, end: last.end },
    utc,
    toX: (t) => utc(t),
    toTime: (x) => utc.invert(x).getTime(),
  };
}

/**
 * The scale as seen through a zoom: the same stops, each moved by the transform. (d3-zoom's
 * transform.rescaleX does not fit here: it re-samples the domain at the old range's stops,
 * which is right for one linear piece but moves every break of a scale with several.)
 */
export function zoomedScale(scale: CompressedScale, z: ZoomTransform): ScaleTime<number, number> {
  return scale.utc.copy().range(scale.utc.range().map((x) => z.k * x + z.x));
}
