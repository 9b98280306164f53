/** Moving through the graph by keyboard: spatially with the arrows, in reading order otherwise. */
import { GEOMETRY, type Point } from './geometry';

export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, Point> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The node the eye would go to next in a direction: ahead of the current one, preferring
 * nodes close to the line of travel (off-line distance counts double), within a 60° cone if
 * any node is there, else anywhere in that half of the plane.
 */
export function nearestInDirection(
  from: string,
  direction: Direction,
  positions: ReadonlyMap<string, Point>,
): string | null {
  const origin = positions.get(from);
  if (!origin) return null;
  const d = UNIT[direction];
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const [id, p] of positions) {
    if (id === from) continue;
    const vx = p.x - origin.x;
    const vy = p.y - origin.y;
    const along = vx * d.x + vy * d.y;
    if (along <= 0) continue;
    const across = Math.abs(vx * d.y - vy * d.x);
    const inCone = across <= along * Math.tan(Math.PI / 3);
    const score = along + 2 * across;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { id, score, inCone };
    }
  }
  return best?.id ?? null;
}

/** The height of a row in reading order: nodes whose centres are closer in y read as one line. */
const READING_ROW = GEOMETRY.nodeSize * 1.5;

/**
 * Top to bottom, then left to right within rows of `rowHeight`: the order Home, End and
 * Page Up/Down follow, and the order of the options for assistive technology.
 */
export function readingOrder(
  positions: ReadonlyMap<string, Point>,
  rowHeight: number = READING_ROW,
): string[] {
  const row = (p: Point) => Math.round(p.y / rowHeight);
  return [...positions.entries()]
    .sort(([a, pa], [b, pb]) => row(pa) - row(pb) || pa.x - pb.x || (a < b ? -1 : 1))
    .map(([id]) => id);
}
