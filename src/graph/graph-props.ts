import type { Story } from '../model/schema';
import type { StoryIndex } from '../model/indexes';
import type { ItemRef, ItemStates } from '../model/selection';
import type { ActiveItems } from '../model/time-window';
import type { FrameCommand, RevealCommand } from '../app/reader-state.svelte';
import type { ElementDefinition } from 'cytoscape';
import type { ClassMap } from './diff';
import type { CanvasEvents, Measured } from './graph-view';
import type { Layout } from './layout';
import type { Size, Viewport } from './viewport';

/** The graph's whole interface: the reader's state in, intents out. It knows no other view. */
export interface GraphProps {
  /** The story whose entities and relations are drawn; a new layout only when they change. */
  story: Story;
  /** The story's lookups (relations of an entity, entities of an event…). */
  index: StoryIndex;
  /** States from the selection (data-state of each node and edge). */
  states: ItemStates;
  /** States from the transient hover, shown lightly; empty maps when nothing is hovered. */
  hoverStates: ItemStates;
  /** Items active in the time window; null when the graph is not filtered by time. */
  active: ActiveItems | null;
  /**
   * Positions stored with the story (a layout file made ahead of time): used as they are, so
   * nothing is computed. Without them the bundled story's own file is used, else the layout
   * is computed off the page's thread.
   */
  storedLayout?: Layout | null;
  /** A layout file published beside the story, as read: used if it places every entity. */
  layoutFile?: unknown;
  /** "Bring this item into view" from another view: an entity, a relation, an event's entities. */
  revealCommand?: RevealCommand | null;
  /** "Frame these entities" (a story's step): they fill the view; none, the default view. */
  frameCommand?: FrameCommand | null;
  /**
   * What the page lays over the stage's right side and foot, px (the details drawer, and the
   * window's readout beside it): the zoom buttons, a fit and a revealed item keep clear of it.
   */
  covered?: { right: number; bottom: number };
  /** The reader chose an item in the graph (null: cleared with Escape or empty space). */
  onselect: (item: ItemRef | null) => void;
  /** The pointer or the keyboard is on an item (null: on none). */
  onhover: (item: ItemRef | null) => void;
}

/** CytoscapeCanvas's interface: what to draw in, what the reader does on the canvas out. */
export interface CanvasProps {
  /** Nodes and edges; the instance is patched to hold exactly these. */
  elements: ElementDefinition[];
  /** Node positions; placed (and measured) once per new layout. */
  layout: Layout | null;
  /** Each element's classes; only those that differ from the last applied are applied. */
  classes: ClassMap;
  /** The view to show; applied when it differs from what the canvas shows. */
  viewport: Viewport;
  /** A viewport to glide to over `ms` rather than jump to (a story's step), when it is the one shown. */
  glide?: { to: Viewport; ms: number } | null;
  /** A graph of many hundreds: plainer drawing, no transitions. Read once, at creation. */
  large: boolean;
  /** Relation labels' size in model units, to keep them one size on screen. */
  edgeFontSize: number;
  /**
   * Boxes and label spots: measured once the fonts are ready after a layout is placed, or for
   * a large graph estimated from the layout at once (estimate.ts).
   */
  onmeasure: (measured: Measured) => void;
  /** The canvas's size in px, on mount and whenever it changes. */
  onresize: (size: Size) => void;
  /** The reader panned or zoomed on the canvas (at most once a frame). */
  onviewport: CanvasEvents['viewport'];
  /** The reader dragged, wheeled or pinched the canvas itself. */
  onusermove: CanvasEvents['usermove'];
  /** A tap on a node or an edge, or on empty space (null). */
  ontap: CanvasEvents['tap'];
  /** The pointer entered an edge at a point in px, or left it (null). */
  onedgehover: CanvasEvents['edgehover'];
}
