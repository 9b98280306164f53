/**
 * Which rows of a long list are in the DOM: those on screen and a screen's worth either side,
 * and the rows that must always be there for the keyboard (the first and last, so Tab enters
 * the list from either side; the focused row and its neighbours, so Tab and Shift+Tab always
 * find the next). The rows left out keep their place as a gap above the next row drawn, so
 * the list is as tall as if every row were drawn and its scroll bar does not lie.
 */

export interface RowWindowInput {
  /** Each row's height in px: measured where it has been drawn, else an estimate. */
  heights: readonly number[];
  /** The part of the list on screen, in px from the list's top (empty when none shows). */
  view: { top: number; bottom: number };
  /** How far past the view rows are drawn, px, each way. */
  overscan: number;
  /** Rows always drawn, by index (out of range ones are ignored). */
  keep: readonly number[];
}

interface DrawnRow {
  index: number;
  /** The height of the undrawn rows just above it, px. */
  gap: number;
}

export interface RowWindow {
  rows: DrawnRow[];
  /** The height of the undrawn rows after the last drawn one, px. */
  tail: number;
}

/** The first index whose row ends below `y` (rows.length if none). */
function firstEndingBelow(tops: readonly number[], heights: readonly number[], y: number): number {
  let lo = 0;
  let hi = heights.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! + heights[mid]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function rowWindow({ heights, view, overscan, keep }: RowWindowInput): RowWindow {
  const n = heights.length;
  const tops: number[] = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    tops[i] = total;
    total += heights[i]!;
  }
  const drawn = new Set<number>();
  for (const i of keep) if (Number.isInteger(i) && i >= 0 && i < n) drawn.add(i);
  if (view.bottom > view.top) {
    const from = view.top - overscan;
    const to = view.bottom + overscan;
    for (let i = firstEndingBelow(tops, heights, from); i < n && tops[i]! < to; i++) drawn.add(i);
  }
  const order = [...drawn].sort((a, b) => a - b);
  let end = 0;
  const rows = order.map((index) => {
    const row = { index, gap: tops[index]! - end };
    end = tops[index]! + heights[index]!;
    return row;
  });
  return { rows, tail: total - end };
}
