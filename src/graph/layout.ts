/**
 * The graph's layout, computed once per dataset and never on selection. For the bundled story
 * it is computed ahead of time (scripts/precompute-layout.ts) and loaded as a preset; for any
 * other dataset the same function runs in the browser. Both give the same positions: fcose
 * starts from a seeded "random" state and every later step is deterministic.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { Story } from '../model/schema';
import { GEOMETRY, labelBox, nodeBox, removeOverlaps, unionBox, moveBox } from './geometry';
import { BoxGrid, boxesOverlap, wrapLabel } from './geometry';
import type { Box, Geometry, LabelSide, Point } from './geometry';
import { fnv1a, withSeed } from './random';
import { graphName } from './elements';

/** Bump when the algorithm changes, so that a committed layout is known to be stale. */
const LAYOUT_VERSION = 2;
const SEED = 20250414;
/** Up to this many nodes the layout is polished (fcose "proof" quality, then compacted). */
const SMALL = 300;
/**
 * Past SMALL, how many rounds of pushing boxes apart before the whole is spread a little and
 * pushing starts again: thousands of crowded boxes settle slowly, and spreading sooner laid a
 * 3,000-entity story out in 2 s instead of 8, with fewer edges across names. Its fit is a
 * little smaller, but a story that big is zoomed into to be read anyway.
 */
const BIG_ROUNDS = 25;
/** The starts tried for a precomputed layout. */
export const PRECOMPUTE_SEEDS = [SEED, ...Array.from({ length: 31 }, (_, i) => i + 1)];

interface LayoutNode {
  id: string;
  label: string;
}
interface LayoutEdge {
  source: string;
  target: string;
}
export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

type Positions = Record<string, Point>;

export interface Layout {
  positions: Positions;
  /** Nodes whose label sits on the left; all others have it on the right. */
  leftLabels: string[];
  /** For the record: the zoom that fits the frame, and edges crossing labels. */
  stats?: { zoom: number; crossings: number };
}

export interface LayoutFile extends Layout {
  storyId: string;
  /** Fingerprint of what the layout depends on; see layoutHash. */
  hash: string;
}

export interface LayoutOptions {
  /** Width over height the layout aims for: the frame's, a wide strip. */
  aspect: number;
  idealEdgeLength: number;
  nodeRepulsion: number;
  gravity: number;
  /** Squeeze-and-separate rounds after the force layout, and how much each squeezes. */
  compactRounds: number;
  compactFactor: number;
  /**
   * The graph's drawing area at 1024 × 768 (a strip under the timeline), less the fit padding
   * and the zoom buttons' column, in CSS px; and the zoom a layout must reach in it (labels
   * are fontSize × zoom px; a margin over 1 absorbs fonts wider than the estimate). Layouts
   * that reach it compete on fewest edges across labels.
   */
  frame: { width: number; height: number };
  minZoom: number;
}

export const LAYOUT_OPTIONS: LayoutOptions = {
  aspect: 3.04,
  idealEdgeLength: 30,
  nodeRepulsion: 6000,
  gravity: 0.4,
  compactRounds: 20,
  compactFactor: 0.97,
  frame: { width: 890, height: 293 },
  minZoom: 1.05,
};

export function layoutInput(story: Story, g: Geometry = GEOMETRY): LayoutInput {
  return {
    nodes: story.entities.map((e) => ({ id: e.id, label: wrapLabel(graphName(e), g) })),
    edges: story.relations.map((r) => ({ source: r.from, target: r.to })),
  };
}

export function layoutHash(input: LayoutInput, g: Geometry = GEOMETRY): string {
  const nodes = input.nodes.map((n) => [n.id, n.label]);
  const edges = input.edges.map((e) => [e.source, e.target]);
  return fnv1a(JSON.stringify({ v: LAYOUT_VERSION, g, o: LAYOUT_OPTIONS, nodes, edges }));
}

/** What a story's layout depends on, as one string: a new layout only when it changes. */
export function layoutKey(story: Story): string {
  return `${story.id}:${layoutHash(layoutInput(story))}`;
}

/**
 * A layout as 8 hex digits: its positions and label sides, in id order. The graph's stage
 * shows it (`data-layout`), so that two loads of a story can be seen to give one picture.
 */
export function layoutFingerprint(layout: Layout): string {
  const positions = Object.entries(layout.positions).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return fnv1a(JSON.stringify([positions, [...layout.leftLabels].sort()]));
}

/** The layout's positions of the entities `keep` has (all of the story's), by id. */
export function positionsOf(
  layout: Layout | null,
  keep: { has(id: string): boolean },
): ReadonlyMap<string, Point> {
  const all = Object.entries(layout?.positions ?? {});
  return new Map(all.filter(([id]) => keep.has(id)));
}

/**
 * The stored layout for this story, of those given: the one made for its names (a translation
 * has its own, as its names take other room), else any that places every entity.
 */
export function presetLayout(story: Story, ...files: unknown[]): Layout | null {
  const fitting = files.filter(
    (f): f is LayoutFile =>
      isLayoutFile(f) &&
      f.storyId === story.id &&
      story.entities.every((e) => Object.hasOwn(f.positions, e.id) && isPoint(f.positions[e.id])),
  );
  const hash = fitting.length > 1 ? layoutHash(layoutInput(story)) : undefined;
  const file = fitting.find((f) => f.hash === hash) ?? fitting[0];
  return file ? { positions: file.positions, leftLabels: file.leftLabels } : null;
}

/** A layout file's shape; its positions are checked for the story's entities (isPoint). */
function isLayoutFile(file: unknown): file is LayoutFile {
  if (typeof file !== 'object' || file === null) return false;
  const f = file as Partial<LayoutFile>;
  return (
    typeof f.storyId === 'string' &&
    typeof f.positions === 'object' &&
    f.positions !== null &&
    Array.isArray(f.leftLabels) &&
    f.leftLabels.every((id) => typeof id === 'string')
  );
}

/** A place to draw at: a file published beside a story may hold anything. */
function isPoint(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const { x, y } = p as Partial<Point>;
  return Number.isFinite(x) && Number.isFinite(y);
}

let fcoseRegistered = false;

/** Loads fcose on first use: the preset path never needs it. */
async function ensureFcose(): Promise<void> {
  if (fcoseRegistered) return;
  const { default: fcose } = await import('cytoscape-fcose');
  if (!fcoseRegistered) cytoscape.use(fcose);
  fcoseRegistered = true;
}

/**
 * A layout readable at the default fit: no two node-and-label boxes overlap. Each seed is a
 * different fcose start; of those that fit the frame at the wanted zoom, the one with the
 * fewest edges across labels wins (else the most compact). The bundled story tries several
 * seeds; a fallback in the browser tries one.
 */
export async function computeLayout(
  input: LayoutInput,
  g: Geometry = GEOMETRY,
  options: LayoutOptions = LAYOUT_OPTIONS,
  seeds: readonly number[] = [SEED],
  /** How far it has got, from 0 to 1, for a progress bar: called between its stages. */
  onProgress: (done: number) => void = () => {},
): Promise<Layout> {
  await ensureFcose();
  const degree = new Map<string, number>();
  for (const e of input.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const linked = input.nodes.filter((n) => degree.has(n.id));
  const alone = input.nodes.filter((n) => !degree.has(n.id));
  const candidates = seeds.map((seed, i) => {
    // Each start's stages, in rough shares of its time: the forces, the separation, the sides.
    const step = (share: number) => onProgress((i + share) / seeds.length);
    const placed = linked.length
      ? layoutLinked({ nodes: linked, edges: input.edges }, g, options, seed, step)
      : [];
    const all = [...placed, ...placeApart(alone, placed, g, options.aspect)];
    step(0.7);
    improveSides(all, input.edges, g);
    step(0.85);
    return { all, zoom: frameZoom(all, options.frame), crossings: crossings(all, input.edges, g) };
  });
  onProgress(1);
  const readable = candidates.filter((c) => c.zoom >= options.minZoom);
  const best = readable.length
    ? readable.reduce((a, b) => (b.crossings < a.crossings ? b : a))
    : candidates.reduce((a, b) => (b.zoom > a.zoom ? b : a));
  return { ...toLayout(best.all), stats: { zoom: best.zoom, crossings: best.crossings } };
}

/**
 * The same picture with other names on it (a translation's, which run longer): every node
 * where `from` has it and its label on the same side, moved only as far as the new names need
 * to stay clear of each other. A class that switches language finds everyone where they were.
 */
export function relabelLayout(
  from: Layout,
  input: LayoutInput,
  g: Geometry = GEOMETRY,
  options: LayoutOptions = LAYOUT_OPTIONS,
): Layout {
  const left = new Set(from.leftLabels);
  const sides = input.nodes.map((n): LabelSide => (left.has(n.id) ? 'left' : 'right'));
  const shapes = input.nodes.map((n, i) => nodeBox(n.label, g, sides[i]));
  const centres = input.nodes.map((n) =>
    Object.hasOwn(from.positions, n.id) ? from.positions[n.id]! : { x: 0, y: 0 },
  );
  // Rows stay rows: the frame is a wide strip, and a longer name needs width, not height.
  const separated = removeOverlaps(centres, shapes, g.boxGap, 'x');
  const placed = input.nodes.map((node, i) => ({
    node,
    side: sides[i]!,
    box: shapes[i]!,
    at: separated[i]!,
  }));
  const stats = {
    zoom: frameZoom(placed, options.frame),
    crossings: crossings(placed, input.edges, g),
  };
  return { ...toLayout(placed), stats };
}

interface Placed {
  node: LayoutNode;
  side: LabelSide;
  box: Box;
  at: Point;
}

function layoutLinked(
  input: LayoutInput,
  g: Geometry,
  o: LayoutOptions,
  seed: number,
  step: (share: number) => void,
): Placed[] {
  const right = input.nodes.map((n) => nodeBox(n.label, g, 'right'));
  const boxCentres = forceLayout(input, right, o, seed);
  step(0.3);
  const sides = chooseSides(input, boxCentres);
  const shapes = input.nodes.map((n, i) => nodeBox(n.label, g, sides[i]));
  // Keep each box where fcose put it; the node sits at the end of the box away from its label.
  const centres = boxCentres.map((c, i) => ({
    x: c.x - (shapes[i]!.x1 + shapes[i]!.x2) / 2,
    y: c.y - (shapes[i]!.y1 + shapes[i]!.y2) / 2,
  }));
  const spread = roomFor(stretchTo(centres, shapes, o.aspect), shapes);
  const rounds = input.nodes.length <= SMALL ? undefined : BIG_ROUNDS;
  const separated = removeOverlaps(spread, shapes, g.boxGap, 'both', rounds);
  // Squeezing is for small graphs, to read them larger; a big one is zoomed into anyway.
  const final = input.nodes.length <= SMALL ? compact(separated, shapes, g.boxGap, o) : separated;
  return input.nodes.map((node, i) => ({
    node,
    side: sides[i]!,
    box: shapes[i]!,
    at: final[i]!,
  }));
}

/**
 * fcose on headless Cytoscape, each node as big as its box with the label. The nodes go in
 * under ids of their own (`n0`, `n1`…): fcose keeps plain objects keyed by id, and a story's
 * entity may be called `constructor`.
 */
function forceLayout(input: LayoutInput, shapes: Box[], o: LayoutOptions, seed: number): Point[] {
  const inner = new Map(input.nodes.map((n, i) => [n.id, `n${i}`]));
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } },
    ],
    elements: [
      ...input.nodes.map((n, i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}`, w: shapes[i]!.x2 - shapes[i]!.x1, h: shapes[i]!.y2 - shapes[i]!.y1 },
      })),
      ...input.edges.flatMap((e, i) => {
        const [source, target] = [inner.get(e.source), inner.get(e.target)];
        if (source === undefined || target === undefined) return [];
        return [{ group: 'edges' as const, data: { id: `e${i}`, source, target } }];
      }),
    ],
  });
  withSeed(seed, () =>
    cy
      .layout({
        name: 'fcose',
        // Polishing is quadratic: beyond a few hundred nodes the spectral draft must do.
        quality: input.nodes.length <= SMALL ? 'proof' : 'draft',
        randomize: true,
        animate: false,
        fit: false,
        idealEdgeLength: () => o.idealEdgeLength,
        nodeRepulsion: () => o.nodeRepulsion,
        gravity: o.gravity,
        numIter: 2500,
      } as cytoscape.LayoutOptions)
      .run(),
  );
  const out = input.nodes.map((_, i) => ({ ...cy.getElementById(`n${i}`).position() }));
  cy.destroy();
  return out;
}

/** A label goes on the side where fewer of its node's edges leave, so fewer lines cross it. */
function chooseSides(input: LayoutInput, centres: Point[]): LabelSide[] {
  const index = new Map(input.nodes.map((n, i) => [n.id, i]));
  const lean = input.nodes.map(() => 0);
  for (const e of input.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    const dx = centres[t]!.x - centres[s]!.x;
    lean[s]! += Math.sign(dx);
    lean[t]! -= Math.sign(dx);
  }
  return lean.map((l) => (l > 0 ? 'left' : 'right'));
}

/**
 * Spreads the centres until the boxes have room: their total area at most a third of the
 * layout's. A force layout treats nodes as points at scale; separating a crowd is slow.
 */
function roomFor(centres: Point[], shapes: Box[]): Point[] {
  const b = unionBox(centres.map((p, i) => moveBox(shapes[i]!, p)));
  if (!b) return centres;
  const area = shapes.reduce((sum, s) => sum + (s.x2 - s.x1) * (s.y2 - s.y1), 0);
  const scale = Math.sqrt((3 * area) / Math.max((b.x2 - b.x1) * (b.y2 - b.y1), 1));
  return scale > 1 ? centres.map((p) => ({ x: p.x * scale, y: p.y * scale })) : centres;
}

/** Spreads the centres along one axis until their boxes span the wanted aspect ratio. */
function stretchTo(centres: Point[], shapes: Box[], aspect: number): Point[] {
  const box = unionBox(centres.map((p, i) => moveBox(shapes[i]!, p)));
  if (!box) return centres;
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const sx = w / h < aspect ? (aspect * h) / w : 1;
  const sy = w / h > aspect ? w / aspect / h : 1;
  return centres.map((p) => ({ x: p.x * sx, y: p.y * sy }));
}

/** How large the layout can be drawn in a frame of the wanted aspect (bigger is better). */
function scaleIn(bounds: Box, aspect: number): number {
  return Math.min(aspect / (bounds.x2 - bounds.x1), 1 / (bounds.y2 - bounds.y1));
}

/** The zoom at which the layout just fits the frame. */
function frameZoom(placed: Placed[], frame: { width: number; height: number }): number {
  const b = unionBox(placed.map((p) => moveBox(p.box, p.at)));
  if (!b) return Infinity;
  return Math.min(frame.width / (b.x2 - b.x1), frame.height / (b.y2 - b.y1));
}

function centresScale(centres: Point[], shapes: Box[], aspect: number): number {
  return scaleIn(unionBox(centres.map((p, i) => moveBox(shapes[i]!, p)))!, aspect);
}

/**
 * Squeezes the layout and pushes boxes apart again, a few times, keeping the arrangement that
 * can be drawn largest: force layouts leave room that labels do not need.
 */
function compact(centres: Point[], shapes: Box[], gap: number, o: LayoutOptions): Point[] {
  let best = centres;
  let bestScale = centresScale(centres, shapes, o.aspect);
  let current = centres;
  for (let i = 0; i < o.compactRounds; i++) {
    const squeezed = current.map((p) => ({ x: p.x * o.compactFactor, y: p.y * o.compactFactor }));
    current = removeOverlaps(squeezed, shapes, gap);
    const scale = centresScale(current, shapes, o.aspect);
    if (scale > bestScale) [best, bestScale] = [current, scale];
  }
  return best;
}

/** How many edges pass through labels: each one makes a name harder to read. */
function crossings(placed: Placed[], edges: LayoutEdge[], g: Geometry): number {
  const counts = crossingCounts(placed, edges, g);
  return placed.reduce((n, p, i) => n + counts[i]![p.side], 0);
}

/**
 * How many edges would pass through each node's label on either side. Counted once for all:
 * the nodes do not move while their labels' sides are chosen, and a story of thousands has
 * too many edges and labels to try every pair.
 */
function crossingCounts(
  placed: Placed[],
  edges: LayoutEdge[],
  g: Geometry,
): Record<LabelSide, number>[] {
  const sides: LabelSide[] = ['right', 'left'];
  const labels = placed.flatMap((p) =>
    sides.map((s) => moveBox(labelBox(p.node.label, g, s), p.at)),
  );
  const meanWidth = labels.reduce((w, b) => w + b.x2 - b.x1, 0) / Math.max(labels.length, 1);
  const grid = new BoxGrid(labels, meanWidth);
  const counts = placed.map(() => ({ right: 0, left: 0 }));
  const at = new Map(placed.map((q) => [q.node.id, q.at]));
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    for (const i of grid.crossedBy(a, b)) counts[i >> 1]![sides[i & 1]!]++;
  }
  return counts;
}

/** Moves a label to the node's other side where fewer edges cross it and it still fits. */
function improveSides(placed: Placed[], edges: LayoutEdge[], g: Geometry): void {
  const counts = crossingCounts(placed, edges, g);
  for (let pass = 0; pass < 2; pass++) {
    placed.forEach((p, i) => {
      const other: LabelSide = p.side === 'right' ? 'left' : 'right';
      if (counts[i]![other] >= counts[i]![p.side]) return;
      const box = nodeBox(p.node.label, g, other);
      const moved = moveBox(box, p.at);
      const fits = placed.every(
        (q) => q === p || !boxesOverlap(moved, moveBox(q.box, q.at), g.boxGap),
      );
      if (fits) {
        p.side = other;
        p.box = box;
      }
    });
  }
}

/**
 * Entities with no relation, in story order, apart from the graph rather than lost in it: in
 * a column at its right where the frame is wider than the graph, else in rows under it.
 */
function placeApart(nodes: LayoutNode[], above: Placed[], g: Geometry, aspect: number): Placed[] {
  const bounds = unionBox(above.map((p) => moveBox(p.box, p.at))) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const w = Math.max(bounds.x2 - bounds.x1, 1);
  const h = Math.max(bounds.y2 - bounds.y1, 1);
  return above.length && w / h < aspect
    ? columnBeside(nodes, bounds, g)
    : rowBelow(nodes, bounds, above.length > 0, g);
}

function columnBeside(nodes: LayoutNode[], bounds: Box, g: Geometry): Placed[] {
  const out: Placed[] = [];
  let x = bounds.x2 + g.boxGap * 3;
  let y = bounds.y1;
  let columnWidth = 0;
  for (const node of nodes) {
    const box = nodeBox(node.label, g, 'right');
    const h = box.y2 - box.y1;
    if (y > bounds.y1 && y + h > bounds.y2) {
      x += columnWidth + g.boxGap * 2;
      y = bounds.y1;
      columnWidth = 0;
    }
    out.push({ node, side: 'right', box, at: { x: x - box.x1, y: y - box.y1 } });
    y += h + g.boxGap;
    columnWidth = Math.max(columnWidth, box.x2 - box.x1);
  }
  return out;
}

function rowBelow(nodes: LayoutNode[], bounds: Box, hasAbove: boolean, g: Geometry): Placed[] {
  const width = Math.max(bounds.x2 - bounds.x1, 1);
  const out: Placed[] = [];
  let x = bounds.x1;
  let y = hasAbove ? bounds.y2 + g.boxGap * 3 : 0;
  let rowHeight = 0;
  for (const node of nodes) {
    const box = nodeBox(node.label, g, 'right');
    const w = box.x2 - box.x1;
    if (x > bounds.x1 && x + w > bounds.x1 + width) {
      x = bounds.x1;
      y += rowHeight + g.boxGap;
      rowHeight = 0;
    }
    out.push({ node, side: 'right', box, at: { x: x - box.x1, y: y - box.y1 } });
    x += w + g.boxGap * 2;
    rowHeight = Math.max(rowHeight, box.y2 - box.y1);
  }
  return out;
}

/** Node centres (not box centres), centred on the origin and rounded for a stable file. */
function toLayout(placed: Placed[]): Layout {
  const bounds = unionBox(placed.map((p) => moveBox(p.box, p.at)));
  const cx = bounds ? (bounds.x1 + bounds.x2) / 2 : 0;
  const cy = bounds ? (bounds.y1 + bounds.y2) / 2 : 0;
  // No prototype: a lookup of an entity called "constructor" finds its position or nothing.
  const positions: Positions = Object.create(null) as Positions;
  for (const p of placed) {
    positions[p.node.id] = { x: Math.round(p.at.x - cx), y: Math.round(p.at.y - cy) };
  }
  const leftLabels = placed.filter((p) => p.side === 'left').map((p) => p.node.id);
  return { positions, leftLabels };
}
