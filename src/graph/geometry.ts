/**
 * Sizes of nodes and labels in model units, and the box each node takes with its label. The
 * layout keeps these boxes apart, so no label ever sits on another node. At the default fit on
 * a 1024 × 768 screen the zoom is about 1, so model units are close to CSS pixels.
 */
import { textWidth, wrapLines } from './label-metrics';

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box: x1 < x2, y1 < y2. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const GEOMETRY = {
  /** Label font size; rendered size is this times the zoom. */
  fontSize: 14,
  lineHeight: 1.2,
  /** Node body size. */
  nodeSize: 20,
  /** Space between the node body and its label (label sits to the right). */
  labelGap: 4,
  /**
   * Labels wrap to lines no wider than this. Wide, because the graph's frame is a wide strip
   * below the timeline: there, height is short and one-line labels save it.
   */
  maxLabelWidth: 220,
  /** Text background padding around labels. */
  labelPadding: 2,
  /** Room kept around the node body, for the selection outline. */
  outline: 3,
  /** Empty space kept between any two node-and-label boxes. */
  boxGap: 5,
} as const;

export type Geometry = typeof GEOMETRY;

/** The label text as drawn: wrapped with explicit line breaks. */
export function wrapLabel(name: string, g: Geometry = GEOMETRY): string {
  return wrapLines(name, g.maxLabelWidth, g.fontSize).join('\n');
}

/** Which side of its node a label sits on; chosen by the layout, away from the node's edges. */
export type LabelSide = 'right' | 'left';

/** The box of a node and its label, relative to the node's centre. */
export function nodeBox(label: string, g: Geometry = GEOMETRY, side: LabelSide = 'right'): Box {
  const lines = label.split('\n');
  const width = Math.max(...lines.map((line) => textWidth(line, g.fontSize)));
  const half = g.nodeSize / 2 + g.outline;
  const labelHalf = (lines.length * g.fontSize * g.lineHeight) / 2 + g.labelPadding;
  const halfHeight = Math.max(half, labelHalf);
  const far = g.nodeSize / 2 + g.labelGap + width + g.labelPadding;
  return side === 'right'
    ? { x1: -half, y1: -halfHeight, x2: far, y2: halfHeight }
    : { x1: -far, y1: -halfHeight, x2: half, y2: halfHeight };
}

/** The box of the label alone, relative to the node's centre. */
export function labelBox(label: string, g: Geometry = GEOMETRY, side: LabelSide = 'right'): Box {
  const box = nodeBox(label, g, side);
  const near = g.nodeSize / 2 + g.labelGap - g.labelPadding;
  const lines = label.split('\n').length;
  const half = (lines * g.fontSize * g.lineHeight) / 2 + g.labelPadding;
  return side === 'right'
    ? { x1: near, y1: -half, x2: box.x2, y2: half }
    : { x1: box.x1, y1: -half, x2: -near, y2: half };
}

export function moveBox(box: Box, p: Point): Box {
  return { x1: box.x1 + p.x, y1: box.y1 + p.y, x2: box.x2 + p.x, y2: box.y2 + p.y };
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

export function unionBox(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes) {
    out = out
      ? {
          x1: Math.min(out.x1, b.x1),
          y1: Math.min(out.y1, b.y1),
          x2: Math.max(out.x2, b.x2),
          y2: Math.max(out.y2, b.y2),
        }
      : { ...b };
  }
  return out;
}

/** Pairs of overlapping boxes, found with a sweep along x (fast enough for thousands). */
export function overlappingPairs(boxes: readonly Box[], gap = 0): Array<[number, number]> {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x1 - boxes[b]!.x1 || a - b);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < order.length; i++) {
    const a = boxes[order[i]!]!;
    for (let j = i + 1; j < order.length; j++) {
      const b = boxes[order[j]!]!;
      if (b.x1 >= a.x2 + gap) break;
      if (boxesOverlap(a, b, gap)) pairs.push([order[i]!, order[j]!]);
    }
  }
  return pairs;
}

/**
 * Pushes boxes (given by centres and relative boxes) apart until none overlap, each pair along
 * the axis where it overlaps least (or along the one axis given). Deterministic: pairs are
 * visited in a fixed order. Where pushing alone does not settle a crowd, the whole layout is
 * spread a little and pushing starts again, so it always ends with no overlap.
 */
export function removeOverlaps(
  centres: Point[],
  shapes: readonly Box[],
  gap: number,
  axis: Axis = 'both',
  roundsPerSpread = 200,
): Point[] {
  let pos = centres.map((p) => ({ ...p }));
  for (;;) {
    for (let round = 0; round < roundsPerSpread; round++) {
      const boxes = pos.map((p, i) => moveBox(shapes[i]!, p));
      const pairs = overlappingPairs(boxes, gap);
      if (pairs.length === 0) return pos;
      for (const [i, j] of pairs) separate(pos, boxes, i, j, gap, axis);
    }
    pos = pos.map((p) => ({ x: p.x * 1.1, y: p.y * 1.1 }));
  }
}

export type Axis = 'both' | 'x' | 'y';

function separate(pos: Point[], boxes: Box[], i: number, j: number, gap: number, axis: Axis): void {
  const a = boxes[i]!;
  const b = boxes[j]!;
  const ca = { x: (a.x1 + a.x2) / 2, y: (a.y1 + a.y2) / 2 };
  const cb = { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 };
  const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
  const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
  // Half each way, a hair more so that rounding cannot leave them touching.
  if (axis === 'x' || (axis === 'both' && dx <= dy)) {
    const s = (dx / 2 + 0.01) * (ca.x < cb.x || (ca.x === cb.x && i < j) ? 1 : -1);
    pos[i]!.x -= s;
    pos[j]!.x += s;
  } else {
    const s = (dy / 2 + 0.01) * (ca.y < cb.y || (ca.y === cb.y && i < j) ? 1 : -1);
    pos[i]!.y -= s;
    pos[j]!.y += s;
  }
}

/**
 * Boxes in a grid of square cells, to find which boxes a segment passes through without trying
 * every box: a layout of thousands has thousands of labels and edges, and an edge passes near
 * few of them. The segment is cut in pieces no longer than a cell, and each piece is tried
 * against the boxes of the cells its own box touches (at most four).
 */
export class BoxGrid {
  readonly #boxes: readonly Box[];
  readonly #cell: number;
  readonly #cells = new Map<number, number[]>();
  /** Which query last saw each box, so a box in several cells is counted once. */
  readonly #seen: Int32Array;
  #query = 0;

  constructor(boxes: readonly Box[], cellSize: number) {
    this.#boxes = boxes;
    this.#cell = Math.max(cellSize, 1);
    this.#seen = new Int32Array(boxes.length).fill(-1);
    boxes.forEach((b, i) => this.#eachCell(b.x1, b.y1, b.x2, b.y2, (cell) => cell.push(i), true));
  }

  /** The indices of the boxes the segment a–b passes through. */
  crossedBy(a: Point, b: Point): number[] {
    const out: number[] = [];
    const query = this.#query++;
    const pieces = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / this.#cell));
    for (let k = 0; k < pieces; k++) {
      const [t0, t1] = [k / pieces, (k + 1) / pieces];
      const p = { x: a.x + (b.x - a.x) * t0, y: a.y + (b.y - a.y) * t0 };
      const q = { x: a.x + (b.x - a.x) * t1, y: a.y + (b.y - a.y) * t1 };
      const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
      const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
      this.#eachCell(x1, y1, x2, y2, (cell) => {
        for (const i of cell) {
          if (this.#seen[i] === query) continue;
          this.#seen[i] = query;
          if (segmentCrossesBox(a, b, this.#boxes[i]!)) out.push(i);
        }
      });
    }
    return out;
  }

  #eachCell(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    visit: (cell: number[]) => void,
    make = false,
  ): void {
    const c = this.#cell;
    for (let cx = Math.floor(x1 / c); cx <= Math.floor(x2 / c); cx++) {
      for (let cy = Math.floor(y1 / c); cy <= Math.floor(y2 / c); cy++) {
        // One number per cell: a layout is far narrower than 65,536 cells.
        const key = cx * 65_536 + cy;
        let cell = this.#cells.get(key);
        if (!cell && make) this.#cells.set(key, (cell = []));
        if (cell) visit(cell);
      }
    }
  }
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
