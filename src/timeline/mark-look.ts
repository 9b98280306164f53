/**
 * How an event's mark looks, in one table: the SVG marks (MarkGlyph.svelte), the canvas marks
 * (draw-marks.ts), the legend and the pointer's hit test all read it, so a change of look is a
 * change here. Colours are the look table's tokens (src/ui/look.ts), named here and resolved by
 * CSS or, for the canvas, from the table of the page's theme.
 */
import { LOOK } from '../ui/look';
import type { ItemState } from '../model/selection';
import type { MarkShape } from './marks';

/** The colour tokens a mark is drawn with (tokens.css). */
export type MarkToken =
  | '--color-mark'
  | '--color-selected'
  | '--color-hover'
  | '--color-mark-period-fill'
  | '--color-dimmed'
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

/** The outline of a bar, px: thin for a sure date, thicker when approximate, related or emphasised. */
const OUTLINE = { range: 1, period: 1.5, approximate: 2, related: 2.5, emphasised: 3 } as const;

/** The caps' dashes of a date known only approximately, px. */
const CAP_DASH = [3, 2] as const;

export interface MarkLook {
  /** The colour of the dot, the bar's outline and the caps. */
  ink: MarkToken;
  /** The colour of a bar's fill. */
  fill: MarkToken;
  /** A period's fill is hatched (in SVG; the canvas fills it flat). */
  hatched: boolean;
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
   * that end is paler and its cap is dashed, so a span is not drawn as wholly approximate.
   */
  fuzzEnd: 'start' | 'end' | null;
  /** The paler fill at the uncertain end. */
  fuzzFill: MarkToken;
  /** The dashes of the cap at the uncertain end, px. */
  fuzzCapDash: readonly number[];
}

/**
 * The look of a mark from its shape, its precision and its selection and hover states. Every
 * colour it names reads at 3:1 on the lanes (look.test.ts); a state is told by more than
 * colour: the selected mark has a ring and the heaviest outline, a related one a heavier
 * outline than default, the hovered one and those related to it a heavy outline in a darker
 * (lighter, in the dark theme) ink, a dimmed one a thin outline and no hatch. Nothing fades.
 */
export function markLook(
  mark: { shape: MarkShape; approximate: boolean; uncertainEnd?: 'start' | 'end' | null },
  state: ItemState,
  hover: ItemState,
): MarkLook {
  const hovered = hover === 'selected' || hover === 'related';
  const dimmed = state === 'dimmed' && !hovered;
  const pale = mark.shape === 'period' || mark.approximate;
  return {
    ink: hovered
      ? '--color-hover'
      : state === 'selected'
        ? '--color-selected'
        : dimmed
          ? '--color-dimmed'
          : '--color-mark',
    fill: dimmed ? '--color-dimmed' : pale ? '--color-mark-period-fill' : '--color-mark',
    hatched: mark.shape === 'period' && !dimmed,
    strokeWidth:
      hovered || state === 'selected'
        ? OUTLINE.emphasised
        : state === 'related'
          ? OUTLINE.related
          : mark.approximate
            ? OUTLINE.approximate
            : mark.shape === 'period'
              ? OUTLINE.period
              : OUTLINE.range,
    dash: mark.approximate ? LOOK.approximate.dash : [],
    capDash: mark.approximate ? CAP_DASH : [],
    halo: state === 'selected',
    hole: mark.approximate && mark.shape === 'point',
    fuzzEnd: mark.approximate || mark.shape === 'point' ? null : (mark.uncertainEnd ?? null),
    fuzzFill: dimmed ? '--color-dimmed' : '--color-mark-period-fill',
    fuzzCapDash: CAP_DASH,
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
