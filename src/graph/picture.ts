/**
 * The graph as it stands, for a picture of it (src/export): Cytoscape's own PNG of the view, and
 * each node and relation in view as Cytoscape draws it now (its place, shape, colours, fade and
 * label, in px of the view), from which an SVG is drawn. CytoscapeCanvas lists its instance here
 * under its host element while it is mounted, so a picture is taken of the graph on the page
 * while nothing outside src/graph touches Cytoscape.
 */
import type {
  Core,
  EdgeSingular,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';

interface InView {
  id: string;
  /** Its opacity as drawn: faded by the selection, nearly gone outside the time window. */
  opacity: number;
  /** The label's lines as drawn (none when the label is hidden). */
  label: string[];
  /** The label's size and colour, px and CSS. */
  fontSize: number;
  color: string;
  fontFamily: string;
}

export interface PictureNode extends InView {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A polygon's points in a box of [-1, 1] each way; empty for an ellipse. */
  points: number[];
  fill: string;
  border: { width: number; color: string };
  /** The selection's ring round the node; width 0 when there is none. */
  outline: { width: number; color: string; dashed: boolean; offset: number };
  /** Which side the label is on, and its gap from the node. */
  side: 'left' | 'right';
  gap: number;
}

export interface PictureEdge extends InView {
  /** From the source's border, through Cytoscape's control points, to the arrow's tip. */
  source: Position;
  controls: Position[];
  target: Position;
  width: number;
  stroke: string;
  dash: number[];
  arrow: { color: string; length: number; halfWidth: number };
  /** Where the label is centred. */
  mid: Position;
}

export interface GraphPicture {
  /** The view's size, px. */
  width: number;
  height: number;
  /** Edges, then nodes, each in drawing order. */
  edges: PictureEdge[];
  nodes: PictureNode[];
  /** Cytoscape's own picture of the view at `scale` times its size, as a PNG data URL. */
  png: (scale: number, background: string) => string;
}

/** Each mounted instance, and what gives it every element it is still to get. */
const live = new Map<Element, { cy: Core; complete: () => void }>();

/**
 * Called by CytoscapeCanvas once its instance exists, with what completes a graph it is still
 * being given in parts (mount-queue.ts); the returned function forgets it.
 */
export function listInPictures(host: Element, cy: Core, complete = () => {}): () => void {
  live.set(host, { cy, complete });
  return () => live.delete(host);
}

/** The graph drawn inside `root` as it stands, or undefined when none is drawn there yet. */
export function graphPicture(root: Node): GraphPicture | undefined {
  for (const [host, { cy, complete }] of live) {
    if (!root.contains(host)) continue;
    complete();
    return pictureOf(cy);
  }
  return undefined;
}

function pictureOf(cy: Core): GraphPicture {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const inView = (e: SingularElementArgument) => {
    const b = e.renderedBoundingBox({ includeLabels: true });
    return e.visible() && b.x2 > 0 && b.y2 > 0 && b.x1 < width && b.y1 < height;
  };
  const drawOrder = (a: { z: number }, b: { z: number }) => a.z - b.z;
  const text = (e: SingularElementArgument): InView => ({
    id: String(e.data('relationId') ?? e.id()),
    opacity: e.effectiveOpacity(),
    label: String(e.style('label') ?? '')
      .split('\n')
      .filter(Boolean),
    fontSize: e.numericStyle('font-size') * zoom,
    color: e.style('color'),
    fontFamily: e.style('font-family'),
  });
  const nodes = cy
    .nodes()
    .toArray()
    .filter(inView)
    .map((n) => ({ z: n.numericStyle('z-index'), item: node(n as NodeSingular, zoom, text(n)) }));
  const edges = cy
    .edges()
    .toArray()
    .filter(inView)
    .map((e) => ({
      z: e.numericStyle('z-index'),
      item: edge(e as EdgeSingular, zoom, cy.pan(), text(e)),
    }));
  return {
    width,
    height,
    nodes: nodes.sort(drawOrder).map((n) => n.item),
    edges: edges.sort(drawOrder).map((e) => e.item),
    png: (scale, background) =>
      cy.png({
        output: 'base64uri',
        full: false,
        bg: background,
        // Given as limits, so the size is exactly `scale` times, whatever the screen's density.
        maxWidth: Math.round(width * scale),
        maxHeight: Math.round(height * scale),
      }),
  };
}

function node(n: NodeSingular, zoom: number, label: InView): PictureNode {
  const { x, y } = n.renderedPosition();
  const points = n.style('shape') === 'polygon' ? String(n.data('points')) : '';
  return {
    ...label,
    x,
    y,
    width: n.renderedWidth(),
    height: n.renderedHeight(),
    points: points.split(' ').filter(Boolean).map(Number),
    fill: n.style('background-color'),
    border: { width: n.numericStyle('border-width') * zoom, color: n.style('border-color') },
    outline: {
      width: n.numericStyle('outline-width') * zoom,
      color: n.style('outline-color'),
      dashed: n.style('outline-style') === 'dashed',
      offset: n.numericStyle('outline-offset') * zoom,
    },
    side: n.style('text-halign') === 'left' ? 'left' : 'right',
    gap: Math.abs(n.numericStyle('text-margin-x')) * zoom,
  };
}

function edge(e: EdgeSingular, zoom: number, pan: Position, label: InView): PictureEdge {
  const width = e.numericStyle('width') * zoom;
  // Cytoscape's triangle: 0.3 of its arrow size long, 0.15 each side (getArrowWidth).
  const size =
    Math.max(Math.pow(e.numericStyle('width') * 13.37, 0.9), 29) *
    e.numericStyle('arrow-scale') *
    zoom;
  const dashed = e.style('line-style') === 'dashed';
  return {
    ...label,
    source: e.renderedSourceEndpoint(),
    // The model's points, placed on screen here: renderedControlPoints() throws on a straight
    // edge, which has none.
    controls: (e.controlPoints() ?? []).map((p) => ({
      x: p.x * zoom + pan.x,
      y: p.y * zoom + pan.y,
    })),
    target: e.renderedTargetEndpoint(),
    width,
    stroke: e.style('line-color'),
    dash: dashed ? (e.numericStyle('line-dash-pattern') as number[]).map((d) => d * zoom) : [],
    arrow: { color: e.style('target-arrow-color'), length: 0.3 * size, halfWidth: 0.15 * size },
    mid: e.renderedMidpoint(),
  };
}
