/**
 * What CytoscapeCanvas.svelte does to its one Cytoscape instance, as plain functions: creating
 * it, bringing its elements in line with the data, applying class changes in a batch, reading
 * back boxes and the viewport. Svelte owns the DOM around it; viewport.ts computes the view.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { Box, Point } from './geometry';
import type { ItemRef } from '../model/selection';
import type { Layout } from './layout';
import type { ClassMap } from './diff';
import type { LabelCandidate } from './edge-labels';
import { ZOOM_LIMITS, type Viewport } from './viewport';

export function createCy(container: HTMLElement, style: StylesheetJson, large: boolean): Core {
  return cytoscape({
    // On big graphs a canvas pixel per CSS pixel: a high-density screen would draw four times
    // the pixels of thousands of elements each frame.
    ...(large ? { pixelRatio: 1 } : {}),
    motionBlur: false,
    container,
    style,
    minZoom: ZOOM_LIMITS.min,
    maxZoom: ZOOM_LIMITS.max,
    // Positions come from the layout only: nodes are not dragged and not selected in place.
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
    // On big graphs, skip edges while the viewport moves, so panning stays smooth.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
  });
}

/** What the canvas measures once per layout, in model coordinates. */
export interface Measured {
  /** Each node's box with its label. */
  boxes: ReadonlyMap<string, Box>;
  /** Each relation's label and where it is drawn. */
  edgeSpots: ReadonlyMap<string, LabelCandidate>;
  /** All nodes with their labels: what a fit shows. */
  bounds: Box | null;
}

/** Node boxes, label spots and bounds, as the layout and style now draw them. */
export function measure(cy: Core): Measured {
  return { boxes: nodeBoxes(cy), edgeSpots: edgeSpots(cy), bounds: nodeBounds(cy) };
}

export interface CanvasEvents {
  /** A tap on a node or an edge, or on empty space (null). */
  tap: (item: ItemRef | null) => void;
  /** The pointer entered an edge at a point in px, or left it (null). */
  edgehover: (relationId: string | null, at?: Point) => void;
  /** The viewport moved; called at most once a frame, with the viewport then. */
  viewport: (viewport: Viewport) => void;
  /** The reader moved the view on the canvas itself: a drag, the wheel or a pinch. */
  usermove: () => void;
}

/** Reports what the reader does on the canvas; returns a function that stops reporting. */
export function listen(cy: Core, on: CanvasEvents): () => void {
  cy.on('tap', ({ target }) => {
    if (target === cy) on.tap(null);
    else if (target.isEdge()) on.tap({ kind: 'relation', id: String(target.data('relationId')) });
    else on.tap({ kind: 'entity', id: target.id() });
  });
  cy.on('mouseover', 'edge', (e) => {
    on.edgehover(
      String(e.target.data('relationId')),
      e.renderedPosition ?? e.target.renderedMidpoint(),
    );
  });
  cy.on('mouseout', 'edge', () => on.edgehover(null));
  cy.on('dragpan scrollzoom pinchzoom', () => on.usermove());
  let frame = 0;
  cy.on('viewport', () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      on.viewport(viewportOf(cy));
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    cy.removeAllListeners();
  };
}

/**
 * Adds, removes and updates elements so that the graph holds exactly `defs`. Returns whether
 * anything changed (a node's label, say), so its boxes are to be measured again.
 */
export function syncElements(cy: Core, defs: ElementDefinition[]): boolean {
  let touched = false;
  cy.batch(() => {
    const wanted = new Set(defs.map((d) => String(d.data.id)));
    const gone = cy.elements().filter((ele) => !wanted.has(ele.id()));
    touched = gone.nonempty();
    gone.remove();
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
      } else if (changed(ele.data(), def.data)) {
        ele.data(def.data);
        touched = true;
      }
    }
    cy.add(added);
    touched ||= added.length > 0;
  });
  return touched;
}

function changed(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).some((key) => current[key] !== next[key]);
}

export function applyLayout(cy: Core, layout: Layout): void {
  cy.batch(() => {
    cy.nodes().positions((node) => layout.positions[node.id()] ?? { x: 0, y: 0 });
  });
}

/**
 * Applies class changes in one batch, so Cytoscape restyles only the elements that changed.
 * A relation whose label is now shown gets the labels' size on screen (see sizeEdgeLabels).
 */
export function applyClasses(cy: Core, changes: ClassMap, edgeFontSize?: number): void {
  if (changes.size === 0) return;
  cy.batch(() => {
    for (const [id, classes] of changes) {
      const ele = cy.getElementById(id);
      ele.classes(classes);
      if (edgeFontSize && ele.isEdge() && ele.hasClass(LABELLED))
        ele.style('font-size', edgeFontSize);
    }
  });
}

const LABELLED = 'show-label';

/**
 * Relation labels keep one size on screen, so their size in the model follows the zoom. It is
 * set on the few edges whose label is drawn, not in the stylesheet: a new stylesheet restyles
 * every element, which on thousands of them takes longer than a frame at each zoom step.
 */
export function sizeEdgeLabels(cy: Core, edgeFontSize: number): void {
  cy.batch(() => void cy.edges(`.${LABELLED}`).style('font-size', edgeFontSize));
}

/** What Cytoscape's renderer keeps of its own wheel zoom (not a public interface). */
interface WheelFlags {
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> };
  redrawHint?(what: string, on: boolean): void;
  redraw?(): void;
}

/**
 * While the view moves by the overlay's wheel or drag (over a node, or a key), Cytoscape draws
 * a big graph as it does for its own wheel: one cached picture, edges hidden
 * (textureOnViewport, hideEdgesOnViewport), then the whole once it stops for 150 ms. It knows
 * its own wheel only, so the overlay's moves raise the same flag in its renderer. Should a
 * later Cytoscape keep it elsewhere, this does nothing and frames are drawn in full.
 */
export function markMoving(cy: Core): void {
  const r = (cy as unknown as { renderer(): WheelFlags | undefined }).renderer();
  const data = r?.data;
  if (!data || typeof r.redraw !== 'function') return;
  data.wheelZooming = true;
  clearTimeout(data.wheelTimeout);
  data.wheelTimeout = setTimeout(() => {
    data.wheelZooming = false;
    r.redrawHint?.('eles', true);
    r.redraw?.();
  }, 150);
}

/** Each node's box with its label, in model coordinates (what the overlay covers). */
function nodeBoxes(cy: Core): Map<string, Box> {
  const out = new Map<string, Box>();
  const options = { includeLabels: true, includeOverlays: false, includeUnderlays: false };
  cy.nodes().forEach((node) => {
    const b = node.boundingBox(options);
    out.set(node.id(), { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
  });
  return out;
}

/** Where each relation's label sits (its edge's midpoint), in model coordinates. */
function edgeSpots(cy: Core): Map<string, LabelCandidate> {
  const out = new Map<string, LabelCandidate>();
  cy.edges().forEach((edge) => {
    const id = String(edge.data('relationId'));
    out.set(id, { id, label: String(edge.data('label')), at: { ...edge.midpoint() } });
  });
  return out;
}

function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** Shows a viewport, at once or gliding there over `ms` (whatever glide was under way stops). */
export function applyViewport(cy: Core, v: Viewport, ms = 0): void {
  cy.stop(true, false);
  if (ms > 0)
    cy.animate({ zoom: v.zoom, pan: { ...v.pan } }, { duration: ms, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom: v.zoom, pan: { ...v.pan } });
}

/** The classes each element has now, by Cytoscape id (what the next diff starts from). */
export function classesOf(cy: Core): ClassMap {
  const out: ClassMap = new Map();
  cy.elements().forEach((ele) => void out.set(ele.id(), ele.classes().join(' ')));
  return out;
}

/** The box of every node with its label, in model coordinates: what a fit shows. */
function nodeBounds(cy: Core): Box | null {
  if (cy.nodes().empty()) return null;
  const { x1, y1, x2, y2 } = cy.nodes().boundingBox({});
  return { x1, y1, x2, y2 };
}
