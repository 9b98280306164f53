/**
 * Which of a big graph's nodes to give Cytoscape next. A graph of thousands of elements is
 * handed over in parts, so the first view is drawn after the few hundred it shows, not after
 * all of them: the nodes in view, and those the reader's state picks out (the selection's
 * neighbourhood), at once; then the rest, nearest the view first, while the page is idle.
 * A relation is drawn once both its ends are: one from a node in view to a far one comes with
 * the far one. (Giving every neighbour of the view at once was, on a dense graph, most of it,
 * and hardly faster than all of it.)
 */
import type { Box, Point } from './geometry';

export interface MountQuery {
  /** Every node's place, mounted or not. */
  positions: ReadonlyMap<string, Point>;
  /** The nodes not yet in the graph (a set of ids, or a map by id: only `has` and `keys`). */
  pending: { has(id: string): boolean; keys(): Iterable<string> };
  /** Nodes that must be drawn now: the selection, its neighbours, what the pointer is on. */
  urgent: (id: string) => boolean;
  /** The view, in model coordinates. */
  view: Box;
  /** How far outside the view a node's centre may be and its name still reach into it. */
  margin: number;
  /** The most nodes to give beyond those that must be drawn now. */
  extra: number;
}

/**
 * The pending nodes to add now: those that must be drawn (in view or near it, and the urgent
 * ones), in no set order; then up to `extra` more, nearest to the view's centre first.
 */
export function nextToMount(q: MountQuery): string[] {
  const { x1, y1, x2, y2 } = q.view;
  const near = (p: Point) =>
    p.x >= x1 - q.margin && p.x <= x2 + q.margin && p.y >= y1 - q.margin && p.y <= y2 + q.margin;
  const now = new Set<string>();
  for (const [id, at] of q.positions) {
    if (q.pending.has(id) && near(at)) now.add(id);
  }
  for (const id of q.pending.keys()) if (q.urgent(id)) now.add(id);
  if (q.extra <= 0) return [...now];
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  const distance = (id: string) => {
    const p = q.positions.get(id) ?? centre;
    return (p.x - centre.x) ** 2 + (p.y - centre.y) ** 2;
  };
  const rest = [...q.pending.keys()]
    .filter((id) => !now.has(id))
    .map((id) => ({ id, d: distance(id) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, q.extra)
    .map(({ id }) => id);
  return [...now, ...rest];
}
