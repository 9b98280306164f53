/**
 * Which relation labels to draw: a label is shown only where it has room, clear of every node
 * with its name and of labels already placed, so the picture never turns into a pile of text.
 * The one hovered or focused is always drawn. Relation labels keep one size on screen
 * whatever the zoom, so zooming in makes room for more of them.
 */
import { boxesOverlap, GEOMETRY, type Box, type Point } from './geometry';
import { textWidth, wrapLines } from './label-metrics';

/** Relation labels on screen, in px, at any zoom. */
export const EDGE_LABEL_PX = 13;
/** Wrap width, in multiples of the font size. */
const WRAP_EMS = 12;
const LINE_HEIGHT = 1.2;
const PADDING = 3;

/**
 * The font size in model units that draws labels at EDGE_LABEL_PX, for the zoom rounded to
 * quarter octaves, so the stylesheet changes only now and then while zooming.
 */
export function edgeFontSize(zoom: number): number {
  const steps = Math.round(Math.log2(Math.max(zoom, 0.01)) * 4) / 4;
  return Math.round((EDGE_LABEL_PX / 2 ** steps) * 100) / 100;
}

export function wrapEdgeLabel(label: string): string {
  return wrapLines(label, WRAP_EMS, 1).join('\n');
}

export function edgeLabelBox(label: string, at: Point, fontSize: number): Box {
  const lines = label.split('\n');
  const pad = (PADDING * fontSize) / EDGE_LABEL_PX;
  const width = Math.max(...lines.map((l) => textWidth(l, fontSize))) + 2 * pad;
  const height = lines.length * fontSize * LINE_HEIGHT + 2 * pad;
  return {
    x1: at.x - width / 2,
    y1: at.y - height / 2,
    x2: at.x + width / 2,
    y2: at.y + height / 2,
  };
}

export interface LabelCandidate {
  id: string;
  /** The label as drawn (wrapped). */
  label: string;
  /** Where its centre is drawn: the edge's midpoint, in model coordinates. */
  at: Point;
}

/** A coarse grid of boxes, so that placing thousands of labels stays fast. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private size = 120) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / this.size); x <= Math.floor(b.x2 / this.size); x++)
      for (let y = Math.floor(b.y1 / this.size); y <= Math.floor(b.y2 / this.size); y++)
        out.push(`${x},${y}`);
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, gap: number): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => boxesOverlap(b, o, gap)));
  }
}

/**
 * The labels to show: every `forced` one, then each candidate in order if it has room.
 * `obstacles` are the nodes' boxes with their names; `fontSize` is in model units.
 */
export function placeEdgeLabels(
  forced: readonly LabelCandidate[],
  candidates: readonly LabelCandidate[],
  obstacles: Iterable<Box>,
  fontSize: number,
  gap: number = GEOMETRY.labelPadding,
): Set<string> {
  const grid = new BoxGrid();
  for (const b of obstacles) grid.add(b);
  const shown = new Set<string>();
  for (const c of forced) {
    shown.add(c.id);
    grid.add(edgeLabelBox(c.label, c.at, fontSize));
  }
  for (const c of candidates) {
    if (shown.has(c.id)) continue;
    const box = edgeLabelBox(c.label, c.at, fontSize);
    if (grid.hits(box, gap)) continue;
    shown.add(c.id);
    grid.add(box);
  }
  return shown;
}

export interface LabelState {
  relations: readonly string[];
  selected: ReadonlyMap<string, string>;
  hovered: ReadonlyMap<string, string>;
  focused: string | null;
  /** Relations in the time window, or null for all. */
  active: ReadonlySet<string> | null;
  /** Zoomed in enough to offer every relation's label, not only the selection's. */
  zoomedIn: boolean;
}

/** Relation ids by priority: those always drawn, then those drawn where there is room. */
export function labelPriorities(s: LabelState): { forced: string[]; candidates: string[] } {
  const forced = new Set<string>();
  if (s.focused) forced.add(s.focused);
  for (const [id, state] of s.hovered) if (state === 'selected') forced.add(id);
  const candidates: string[] = [];
  const take = (map: ReadonlyMap<string, string>, state: string) => {
    for (const [id, st] of map) if (st === state) candidates.push(id);
  };
  take(s.selected, 'selected');
  take(s.selected, 'related');
  take(s.hovered, 'related');
  if (s.zoomedIn) candidates.push(...s.relations.filter((id) => !s.active || s.active.has(id)));
  return { forced: [...forced], candidates };
}
