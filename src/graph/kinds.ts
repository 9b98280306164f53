/**
 * One shape per entity kind, so that kind never rests on colour alone. Shapes are polygons in
 * a unit box ([-1, 1] on both axes, y down) and drawn from the same points on the canvas and
 * in the legend's SVG, so the two always match.
 */
import { ENTITY_KINDS, type EntityKind } from '../model/schema';

export { ENTITY_KINDS, type EntityKind };

export type KindShape = { type: 'ellipse' } | { type: 'polygon'; points: readonly number[] };

function star(points: number, inner: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? 1 : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    out.push(round(r * Math.cos(a)), round(r * Math.sin(a)));
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export const KIND_SHAPES: Readonly<Record<EntityKind, KindShape>> = {
  person: { type: 'ellipse' },
  organization: { type: 'polygon', points: [-0.9, -0.9, 0.9, -0.9, 0.9, 0.9, -0.9, 0.9] },
  'government-body': { type: 'polygon', points: [-1, -0.15, 0, -1, 1, -0.15, 1, 1, -1, 1] },
  country: {
    type: 'polygon',
    points: [-1, 0, -0.5, -0.87, 0.5, -0.87, 1, 0, 0.5, 0.87, -0.5, 0.87],
  },
  place: { type: 'polygon', points: [0, -1, 1, 0, 0, 1, -1, 0] },
  facility: { type: 'polygon', points: [0, -1, 1, 0.9, -1, 0.9] },
  law: { type: 'polygon', points: [-0.55, -0.9, 1, -0.9, 0.55, 0.9, -1, 0.9] },
  group: { type: 'polygon', points: star(5, 0.5) },
};

/** The Cytoscape shape properties of a kind. */
export function cyShape(kind: EntityKind): { shape: string; points?: string } {
  const shape = KIND_SHAPES[kind];
  return shape.type === 'ellipse'
    ? { shape: 'ellipse' }
    : { shape: 'polygon', points: shape.points.join(' ') };
}

/** SVG `points` for a polygon drawn in a box of `size` px. */
export function svgPoints(points: readonly number[], size: number): string {
  const half = size / 2;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    pairs.push(`${round(half + points[i]! * half)},${round(half + points[i + 1]! * half)}`);
  }
  return pairs.join(' ');
}
