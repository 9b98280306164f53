/**
 * The one Cytoscape instance behind the graph: creating it, bringing its elements in line with
 * the data, applying class changes in a batch, and the viewport. Svelte owns the DOM around it.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { Box, Point } from './geometry';
import type { Layout } from './layout';
import type { ClassMap } from './diff';
import type { LabelCandidate } from './edge-labels';

export interface Viewport {
  zoom: number;
  pan: Point;
}

export function createCy(container: HTMLElement, style: StylesheetJson, large: boolean): Core {
  return cytoscape({
    container,
    style,
    minZoom: 0.05,
    maxZoom: 5,
    // Positions come from the layout only: nodes are not dragged and not selected in place.
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
    // On big graphs, skip edges while the viewport moves, so panning stays smooth.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
  });
}

/** Adds, removes and updates elements so that the graph holds exactly `defs`. */
export function syncElements(cy: Core, defs: ElementDefinition[]): void {
  cy.batch(() => {
    const wanted = new Set(defs.map((d) => String(d.data.id)));
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    const added: ElementDefinition[] = [];
    for (const def of defs) {
      const ele = cy.getElementById(String(def.data.id));
      if (ele.empty()) added.push(def);
      else if (
        ele.isEdge() &&
        (ele.data('source') !== def.data.source || ele.data('target') !== def.data.target)
      ) {
        ele.remove();
        added.push(def);
      } else if (changed(ele.data(), def.data)) ele.data(def.data);
    }
    cy.add(added);
  });
}

function changed(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).some((key) => current[key] !== next[key]);
}

export function applyLayout(cy: Core, layout: Layout): void {
  cy.batch(() => {
    cy.nodes().positions((node) => layout.positions[node.id()] ?? { x: 0, y: 0 });
  });
}

export function applyClasses(cy: Core, changes: ClassMap): void {
  if (changes.size === 0) return;
  cy.batch(() => {
    for (const [id, classes] of changes) cy.getElementById(id).classes(classes);
  });
}

/** Each node's box with its label, in model coordinates (what the overlay covers). */
export function nodeBoxes(cy: Core): Map<string, Box> {
  const out = new Map<string, Box>();
  const options = { includeLabels: true, includeOverlays: false, includeUnderlays: false };
  cy.nodes().forEach((node) => {
    const b = node.boundingBox(options);
    out.set(node.id(), { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
  });
  return out;
}

/** Where each relation's label sits (its edge's midpoint), in model coordinates. */
export function edgeSpots(cy: Core): Map<string, LabelCandidate> {
  const out = new Map<string, LabelCandidate>();
  cy.edges().forEach((edge) => {
    const id = String(edge.data('relationId'));
    out.set(id, { id, label: String(edge.data('label')), at: { ...edge.midpoint() } });
  });
  return out;
}

export function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

export interface FitOptions {
  padding: number;
  /** Room kept clear at the right, for the zoom buttons: no node is drawn under them. */
  reserveRight: number;
  /** Never zoom in further than this to fit: a tiny graph should not fill the screen. */
  maxZoom: number;
  /**
   * Never zoom out further than this: below it names are too small to read, so a small
   * screen shows the middle of the graph, readable, and the reader pans to the rest.
   */
  minZoom: number;
  /** The zoom for that middle view; minZoom if not given. */
  fallbackZoom?: number;
}

/** Fits the whole graph, with labels, into the container less its margins, within the limits. */
export function fitView(cy: Core, o: FitOptions): void {
  const nodes = cy.nodes();
  const width = cy.width() - 2 * o.padding - o.reserveRight;
  const height = cy.height() - 2 * o.padding;
  if (nodes.empty() || width <= 0 || height <= 0) return;
  const bb = nodes.boundingBox({});
  const fitted = Math.min(width / Math.max(bb.w, 1), height / Math.max(bb.h, 1));
  const zoom = Math.min(o.maxZoom, fitted < o.minZoom ? (o.fallbackZoom ?? o.minZoom) : fitted);
  cy.viewport({
    zoom,
    pan: {
      x: o.padding + width / 2 - zoom * (bb.x1 + bb.w / 2),
      y: o.padding + height / 2 - zoom * (bb.y1 + bb.h / 2),
    },
  });
}

/** Zooms about the centre of the container. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Zooms about a point given in container pixels (for the wheel over the overlay). */
export function zoomAt(cy: Core, factor: number, at: Point): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: at });
}

/** Pans just enough to bring a model box fully into view, with a margin. */
export function panIntoView(cy: Core, box: Box, margin: number): void {
  const z = cy.zoom();
  const pan = cy.pan();
  const left = box.x1 * z + pan.x;
  const right = box.x2 * z + pan.x;
  const top = box.y1 * z + pan.y;
  const bottom = box.y2 * z + pan.y;
  const dx = shift(left, right, cy.width(), margin);
  const dy = shift(top, bottom, cy.height(), margin);
  if (dx || dy) cy.panBy({ x: dx, y: dy });
}

function shift(start: number, end: number, size: number, margin: number): number {
  if (start < margin) return margin - start;
  if (end > size - margin) return Math.max(size - margin - end, margin - start);
  return 0;
}
