/**
 * How an event's mark looks, in one table: the SVG marks (MarkGlyph.svelte), the canvas marks
 * (draw-marks.ts), the legend and the pointer's hit test all read it, so a change of look is a
 * change here. Colours stay CSS tokens (named here, resolved by CSS or, for the canvas, read
 * once from the page); the fades are the views' shared ones from src/ui/look.ts.
 */
import { LOOK, fadeOf } from '../ui/look';
import type { ItemState } from '../model/selection';
import type { MarkShape } from './marks';

/** The colour tokens a mark is drawn with (tokens.css). */
export type MarkToken =
  | '--color-mark'
  | '--color-selected'
  | '--color-hover'
  | '--color-mark-period-fill'
  | '--color-bg'
  | '--color-text';

/** Sizes, px. */
export const MARK_SIZE = {
  /** A day's dot; a span is never drawn thinner than one. */
  pointRadius: 7,
  /** The hole in the dot of a day known only approximately. */
  holeRadius: 3,
  /** The dot over a span too short to see at the zoom. */
  shortDotRadius: 5,
  /** How far a bar stops short of the dot's height: a range is 10 px tall, a period 8. */
  barInset: { range: 2, period: 3 } satisfies Record<Exclude<MarkShape, 'point'>, number>,
  /** The upright caps at a period's two ends. */
  capWidth: 3,
  /** The ring, in the background colour, round the selected dot. */
  haloWidth: 2,
  /** How far in from an uncertain end of a span its fade reaches, px (at most half the bar). */
  fuzzWidth: 18,
  /** The pointer's target round a mark: 26 px tall (over the 24 px minimum), 6 px either side. */
  hit: { halfHeight: 13, padX: 6 },
} as const;

/** The outline of a bar, px: thin for a sure date, thicker when approximate or emphasised. */
const OUTLINE = { range: 1, period: 1.5, approximate: 2, emphasised: 3 } as const;

/** What a date known only approximately changes: paler fills, dashed lines. */
const PRECISION = {
  sure: { fillOpacity: 1, dotOpacity: 1, dash: [], capDash: [] },
  approximate: {
    fillOpacity: LOOK.approximate.fillOpacity,
    dotOpacity: 0.8,
    dash: LOOK.approximate.dash,
    capDash: [3, 2],
  },
} as const satisfies Record<
  'sure' | 'approximate',
  { fillOpacity: number; dotOpacity: number; dash: readonly number[]; capDash: readonly number[] }
>;

export interface MarkLook {
  /** The colour of the dot, the bar's outline and the caps. */
  ink: MarkToken;
  /** The colour of a bar's fill. */
  fill: MarkToken;
  /** A period's fill is hatched (in SVG; the canvas fills it flat). */
  hatched: boolean;
  fillOpacity: number;
  dotOpacity: number;
  /** The bar's outline width, px. */
  strokeWidth: number;
  /** The bar's outline dashes, px; empty for a solid line. */
  dash: readonly number[];
  /** The caps' dashes, px; empty for a solid line. */
  capDash: readonly number[];
  /** A ring round the dot, in the background colour (the selected mark). */
  halo: boolean;
  /** A hole in the dot (a day known only approximately). */
  hole: boolean;
  /**
   * The one end of a span that is uncertain (its start sure, its end not, or the reverse):
   * that end fades out and its cap is dashed, so a span is not drawn as wholly approximate.
   */
  fuzzEnd: 'start' | 'end' | null;
  /** How much the fade covers the bar at the uncertain end. */
  fuzzOpacity: number;
  /** The dashes of the cap at the uncertain end, px. */
  fuzzCapDash: readonly number[];
  /** The whole mark's opacity: faded when dimmed or unrelated to the hovered item. */
  opacity: number;
}

/** The look of a mark from its shape, its precision and its selection and hover states. */
export function markLook(
  mark: { shape: MarkShape; approximate: boolean; uncertainEnd?: 'start' | 'end' | null },
  state: ItemState,
  hover: ItemState,
  hasSelection: boolean,
): MarkLook {
  const hovered = hover === 'selected' || hover === 'related';
  const emphasised = hovered || state === 'selected';
  const precision = PRECISION[mark.approximate ? 'approximate' : 'sure'];
  return {
    ink: hovered ? '--color-hover' : state === 'selected' ? '--color-selected' : '--color-mark',
    fill: mark.shape === 'period' ? '--color-mark-period-fill' : '--color-mark',
    hatched: mark.shape === 'period',
    fillOpacity: precision.fillOpacity,
    dotOpacity: precision.dotOpacity,
    strokeWidth: emphasised
      ? OUTLINE.emphasised
      : mark.approximate
        ? OUTLINE.approximate
        : mark.shape === 'period'
          ? OUTLINE.period
          : OUTLINE.range,
    dash: precision.dash,
    capDash: precision.capDash,
    halo: state === 'selected',
    hole: mark.approximate && mark.shape === 'point',
    fuzzEnd: mark.approximate || mark.shape === 'point' ? null : (mark.uncertainEnd ?? null),
    fuzzOpacity: 1 - LOOK.approximate.fillOpacity,
    fuzzCapDash: PRECISION.approximate.capDash,
    opacity: fadeOf(state, hover, hasSelection),
  };
}

/** The `//` drawn where the axis leaves years out, on the axis and in the legend alike. */
export const BREAK_MARK = { ink: '--color-text', width: 2 } as const satisfies {
  ink: MarkToken;
  width: number;
};

/** The break mark's path, centred on (x, y): two strokes 16 px tall. */
export function breakMarkPath(x: number, y: number): string {
  return `M${x - 6},${y + 8} l4,-16 M${x + 2},${y + 8} l4,-16`;
}
