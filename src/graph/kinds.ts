/**
 * One shape and one colour per entity kind, in one table, so that kind never rests on colour
 * alone. Shapes are polygons in a unit box ([-1, 1] on both axes, y down), drawn from the same
 * points on the canvas and in the legend's SVG; colours are design tokens read by both. So the
 * two always match.
 */
import type { EntityKind } from '../model/schema';
import { ENTITY_KINDS } from '../model/vocabulary';

export { ENTITY_KINDS, type EntityKind };

type KindShape = { type: 'ellipse' } | { type: 'polygon'; points: readonly number[] };

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

/** How a kind is drawn: its shape, and the design token of its colour (tokens.css). */
export interface KindLook {
  shape: KindShape;
  /** A CSS custom property; Cytoscape's style reads its value, the legend uses var(). */
  colour: `--color-kind-${EntityKind}`;
}

/** The one table of kinds' looks, read by Cytoscape's style and by the legend alike. */
export const KIND_LOOK: Readonly<Record<EntityKind, KindLook>> = {
  person: { shape: { type: 'ellipse' }, colour: '--color-kind-person' },
  organization: {
    shape: { type: 'polygon', points: [-0.9, -0.9, 0.9, -0.9, 0.9, 0.9, -0.9, 0.9] },
    colour: '--color-kind-organization',
  },
  'government-body': {
    shape: { type: 'polygon', points: [-1, -0.15, 0, -1, 1, -0.15, 1, 1, -1, 1] },
    colour: '--color-kind-government-body',
  },
  country: {
    shape: {
      type: 'polygon',
      points: [-1, 0, -0.5, -0.87, 0.5, -0.87, 1, 0, 0.5, 0.87, -0.5, 0.87],
    },
    colour: '--color-kind-country',
  },
  place: {
    shape: { type: 'polygon', points: [0, -1, 1, 0, 0, 1, -1, 0] },
    colour: '--color-kind-place',
  },
  facility: {
    shape: { type: 'polygon', points: [0, -1, 1, 0.9, -1, 0.9] },
    colour: '--color-kind-facility',
  },
  law: {
    shape: { type: 'polygon', points: [-0.55, -0.9, 1, -0.9, 0.55, 0.9, -1, 0.9] },
    colour: '--color-kind-law',
  },
  group: { shape: { type: 'polygon', points: star(5, 0.5) }, colour: '--color-kind-group' },
};

/** The Cytoscape shape properties of a kind. */
export function cyShape(kind: EntityKind): { shape: string; points?: string } {
  const shape = KIND_LOOK[kind].shape;
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
