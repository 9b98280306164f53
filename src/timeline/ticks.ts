/**
 * Axis ticks for the compressed scale at a zoom: each piece picks the finest unit (years,
 * months, days) whose labels still have room, so zooming in goes from years to days.
 * Labels are formatted with Intl in UTC (formatUtc).
 */
import { formatUtc } from '../model/dates';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import type { ScaleTime } from 'd3-scale';
import { zoomedScale, type CompressedScale, type TimePiece } from './time-scale';

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  t: number;
  /** Screen x, after zoom. */
  x: number;
  label: string;
  unit: TickUnit;
  /**
   * The day the view is in, held at its left edge when zoomed so far in that no day starts
   * on screen (the story's last days are drawn denser than the rest): a date with no tick line.
   */
  held?: true;
}

export interface ZoomTransform {
  k: number;
  x: number;
}

export interface AxisBreak {
  x0: number;
  x1: number;
  /** Whole years skipped, for the break's label. */
  years: number;
}

interface UnitChoice {
  unit: TickUnit;
  interval: CountableTimeInterval;
  step: number;
  /** Typical duration of one step, ms. */
  ms: number;
}

const DAY = 86_400_000;
const CHOICES: UnitChoice[] = [
  { unit: 'day', interval: utcDay, step: 1, ms: DAY },
  { unit: 'day', interval: utcDay, step: 2, ms: 2 * DAY },
  { unit: 'day', interval: utcDay, step: 7, ms: 7 * DAY },
  { unit: 'month', interval: utcMonth, step: 1, ms: 30.44 * DAY },
  { unit: 'month', interval: utcMonth, step: 3, ms: 91.3 * DAY },
  { unit: 'year', interval: utcYear, step: 1, ms: 365.25 * DAY },
  { unit: 'year', interval: utcYear, step: 5, ms: 5 * 365.25 * DAY },
  { unit: 'year', interval: utcYear, step: 25, ms: 25 * 365.25 * DAY },
  { unit: 'year', interval: utcYear, step: 100, ms: 100 * 365.25 * DAY },
];

/** Minimum room between ticks of each unit, px: enough for "14 Apr", "Sep", "1941". */
const MIN_SPACING: Record<TickUnit, number> = { day: 52, month: 44, year: 44 };

function chooseUnit(pxPerMs: number): UnitChoice | undefined {
  return CHOICES.find((c) => c.ms * pxPerMs >= MIN_SPACING[c.unit]);
}

const TICK_FORMATS = {
  year: { year: 'numeric' },
  monthYear: { month: 'short', year: 'numeric' },
  month: { month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Zooming asks for the same labels frame after frame: format each once.
const labelCache = new Map<string, string>();

function label(t: number, unit: TickUnit, first: boolean, locale: string): string {
  const d = new Date(t);
  const format: keyof typeof TICK_FORMATS =
    unit === 'year'
      ? 'year'
      : unit === 'month'
        ? d.getUTCMonth() === 0 || first
          ? 'monthYear'
          : 'month'
        : d.getUTCDate() === 1 || first
          ? 'dayYear'
          : 'day';
  const key = `${locale}:${format}:${t}`;
  let text = labelCache.get(key);
  if (text === undefined) {
    text = formatUtc(t, TICK_FORMATS[format], locale);
    labelCache.set(key, text);
  }
  return text;
}

function stepFilter(choice: UnitChoice): (d: Date) => boolean {
  if (choice.step === 1) return () => true;
  if (choice.unit === 'year') return (d) => d.getUTCFullYear() % choice.step === 0;
  if (choice.unit === 'month') return (d) => d.getUTCMonth() % choice.step === 0;
  return (d) =>
    choice.step === 7 ? d.getUTCDay() === 1 : (d.getUTCDate() - 1) % choice.step === 0;
}

function ticksOfPiece(
  piece: TimePiece,
  zoomed: ScaleTime<number, number>,
  z: ZoomTransform,
  viewWidth: number,
  locale: string,
): Tick[] {
  const pxPerMs = (z.k * (piece.x1 - piece.x0)) / (piece.end - piece.start);
  const choice = chooseUnit(pxPerMs);
  if (!choice) return [];
  const visibleStart = Math.max(piece.start, zoomed.invert(0).getTime());
  const visibleEnd = Math.min(piece.end, zoomed.invert(viewWidth).getTime());
  if (visibleEnd <= visibleStart) return [];
  const keep = stepFilter(choice);
  const dates = choice.interval
    .range(new Date(choice.interval.ceil(new Date(visibleStart))), new Date(visibleEnd))
    .filter(keep);
  // Each piece of years names the year it starts (after a break, readers look for it there),
  // and a piece that starts mid-year (a trimmed edge) still gets its year named.
  if (
    choice.unit === 'year' &&
    visibleStart === piece.start &&
    dates[0]?.getTime() !== piece.start
  ) {
    dates.unshift(new Date(piece.start));
  }
  return dates.map((d, i) => {
    const t = d.getTime();
    return {
      t,
      x: zoomed(t),
      label: label(t, choice.unit, i === 0, locale),
      unit: choice.unit,
    };
  });
}

/**
 * Ticks across every visible piece, dropping any whose label would touch the one before; the
 * labels in `locale` ("14 Apr", "14 abr").
 */
export function ticksFor(
  scale: CompressedScale,
  z: ZoomTransform,
  viewWidth: number,
  measure: (text: string) => number,
  locale: string,
): Tick[] {
  const out: Tick[] = [];
  const zoomed = zoomedScale(scale, z);
  let lastEnd = -Infinity;
  for (const piece of scale.pieces) {
    if (piece.kind !== 'time') continue;
    for (const tick of ticksOfPiece(piece, zoomed, z, viewWidth, locale)) {
      const w = measure(tick.label);
      const left = tick.x - 2;
      if (left < lastEnd + 10 || tick.x + w > viewWidth + 1 || tick.x < -1) continue;
      out.push(tick);
      lastEnd = tick.x + w;
    }
  }
  if (!out.length) {
    // No day starts on screen: the view is inside one day, which is still named.
    const left = zoomed.invert(0).getTime();
    if (scale.pieces.some((p) => p.kind === 'time' && p.start <= left && left < p.end)) {
      const t = utcDay.floor(new Date(left)).getTime();
      out.push({ t, x: 0, label: label(t, 'day', true, locale), unit: 'day', held: true });
    }
  }
  return out;
}

export function breaksFor(scale: CompressedScale, z: ZoomTransform): AxisBreak[] {
  return scale.pieces
    .filter((p) => p.kind === 'break')
    .map((p) => ({
      x0: z.k * p.x0 + z.x,
      x1: z.k * p.x1 + z.x,
      years: Math.round((p.end - p.start) / (365.25 * DAY)),
    }));
}

/** The finest unit on screen, for tests and for screen-reader text ("showing days"). */
export function finestUnit(ticks: Tick[]): TickUnit | undefined {
  if (ticks.some((t) => t.unit === 'day')) return 'day';
  if (ticks.some((t) => t.unit === 'month')) return 'month';
  return ticks.length ? 'year' : undefined;
}

/** The breaks to mark on the axis: those on screen, each at least 14 px from the last, so
 *  marks closer than that never pile up into a smudge. */
export function spacedBreaks(breaks: readonly AxisBreak[], viewWidth: number): AxisBreak[] {
  let last = -Infinity;
  return breaks.filter((b) => {
    const mid = (b.x0 + b.x1) / 2;
    if (mid - last < 14 || mid < -10 || mid > viewWidth + 10) return false;
    last = mid;
    return true;
  });
}
