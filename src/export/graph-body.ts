/**
 * The graph as a picture's SVG, drawn from what Cytoscape draws now (src/graph/picture.ts):
 * each relation in view as its curve, dash and arrow, each entity as its kind's shape with its
 * outline, and every label the canvas shows, clipped to the view. An editor can then restyle or
 * move any of it; the PNG is Cytoscape's own picture.
 */
import type { GraphPicture, PictureEdge, PictureNode } from '../graph/picture';
import { svgEl } from './svg';

type Point = { x: number; y: number };
const LINE_HEIGHT = 1.2;

/** The graph's view as an SVG group `width` × `height` px, on `background`. */
export function graphBody(
  doc: Document,
  picture: GraphPicture,
  background: string,
): { element: SVGElement; width: number; height: number } {
  const { width, height } = picture;
  const clip = svgEl(doc, 'clipPath', { id: 'graph-view' }, [
    svgEl(doc, 'rect', { width, height }),
  ]);
  const drawn = svgEl(doc, 'g', { 'clip-path': 'url(#graph-view)' }, [
    svgEl(doc, 'rect', { width, height, fill: background }),
    ...picture.edges.map((e) => edge(doc, e, background)),
    ...picture.nodes.map((n) => node(doc, n, background)),
  ]);
  return { element: svgEl(doc, 'g', {}, [svgEl(doc, 'defs', {}, [clip]), drawn]), width, height };
}

/** Lines of a label centred on `y`, with a halo of the background so they read over lines. */
function label(
  doc: Document,
  item: PictureNode | PictureEdge,
  x: number,
  y: number,
  anchor: string,
  halo: string,
) {
  const step = item.fontSize * LINE_HEIGHT;
  const top = y - ((item.label.length - 1) * step) / 2;
  const lines = item.label.map((line, i) => svgEl(doc, 'tspan', { x, y: top + i * step }, [line]));
  return svgEl(
    doc,
    'text',
    {
      'font-size': item.fontSize,
      'font-family': item.fontFamily,
      fill: item.color,
      'text-anchor': anchor,
      'dominant-baseline': 'central',
      stroke: halo,
      'stroke-width': Math.max(2, item.fontSize / 4),
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    lines,
  );
}

/** The node's shape at `grow` px beyond its size: its body, or the ring round it. */
function shape(
  doc: Document,
  n: PictureNode,
  grow: number,
  paint: Record<string, string | number>,
) {
  const rx = n.width / 2 + grow;
  const ry = n.height / 2 + grow;
  if (n.points.length === 0) return svgEl(doc, 'ellipse', { cx: n.x, cy: n.y, rx, ry, ...paint });
  const points: string[] = [];
  for (let i = 0; i + 1 < n.points.length; i += 2) {
    points.push(`${round(n.x + n.points[i]! * rx)},${round(n.y + n.points[i + 1]! * ry)}`);
  }
  return svgEl(doc, 'polygon', { points: points.join(' '), ...paint });
}

function node(doc: Document, n: PictureNode, background: string): SVGElement {
  const parts = [
    shape(doc, n, 0, { fill: n.fill, stroke: n.border.color, 'stroke-width': n.border.width }),
  ];
  if (n.outline.width > 0) {
    const grow = n.border.width / 2 + n.outline.offset + n.outline.width / 2;
    const dash = n.outline.dashed ? `${n.outline.width * 2} ${n.outline.width}` : undefined;
    parts.push(
      shape(doc, n, grow, {
        fill: 'none',
        stroke: n.outline.color,
        'stroke-width': n.outline.width,
        ...(dash ? { 'stroke-dasharray': dash } : {}),
      }),
    );
  }
  if (n.label.length) {
    const reach = n.width / 2 + n.gap;
    const right = n.side === 'right';
    parts.push(
      label(doc, n, right ? n.x + reach : n.x - reach, n.y, right ? 'start' : 'end', background),
    );
  }
  return svgEl(doc, 'g', { opacity: n.opacity < 1 ? n.opacity : undefined }, parts);
}

function edge(doc: Document, e: PictureEdge, background: string): SVGElement {
  const from = e.controls[e.controls.length - 1] ?? e.source;
  const length = Math.hypot(e.target.x - from.x, e.target.y - from.y) || 1;
  const dir = { x: (e.target.x - from.x) / length, y: (e.target.y - from.y) / length };
  // The line stops at the arrow's base, so a dash never shows past its tip.
  const base = { x: e.target.x - dir.x * e.arrow.length, y: e.target.y - dir.y * e.arrow.length };
  const side = { x: -dir.y * e.arrow.halfWidth, y: dir.x * e.arrow.halfWidth };
  const arrow = [e.target, add(base, side, 1), add(base, side, -1)];
  const parts = [
    svgEl(doc, 'path', {
      d: curve(e.source, e.controls, base),
      fill: 'none',
      stroke: e.stroke,
      'stroke-width': e.width,
      'stroke-dasharray': e.dash.length ? e.dash.map(round).join(' ') : undefined,
    }),
    svgEl(doc, 'polygon', {
      points: arrow.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
      fill: e.arrow.color,
    }),
  ];
  if (e.label.length) parts.push(label(doc, e, e.mid.x, e.mid.y, 'middle', background));
  return svgEl(doc, 'g', { opacity: e.opacity < 1 ? e.opacity : undefined }, parts);
}

/** Cytoscape's bezier: a quadratic through each control point, joined at their midpoints. */
export function curve(source: Point, controls: readonly Point[], target: Point): string {
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  let d = `M${p(source)}`;
  if (controls.length === 0) return `${d}L${p(target)}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const end = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : target;
    d += `Q${p(c)} ${p(end)}`;
  });
  return d;
}

const add = (a: Point, b: Point, k: number) => ({ x: a.x + k * b.x, y: a.y + k * b.y });
const round = (n: number) => Math.round(n * 100) / 100;
