/**
 * The entity graph's interaction state and all that follows from it: where the keyboard is,
 * the relation it is on, focus, the viewport, the tooltip, and from those the reading order,
 * the options shown, the relation labels drawn and each element's classes. No DOM and no
 * Cytoscape: Graph.svelte feeds it the layout, the measured boxes and the frame; the canvas
 * applies its `classes` and `viewport`; the overlay renders its `shown`. Tested directly.
 */
import { typeAhead, TypeAheadBuffer } from '../ui/type-ahead';
import type { FrameCommand, RevealCommand } from '../app/reader-state.svelte';
import { messages as english, type Messages } from '../i18n/messages';
import type { ItemRef } from '../model/selection';
import { moveCursor } from '../ui/list-cursor';
import { classesFor, fixedClasses, type ClassMap } from './diff';
import { claimDescription, entityNames, relationName } from '../model/sentences';
import {
  EDGE_LABEL_PX,
  edgeFontSize,
  edgeLabelBox,
  labelPriorities,
  placeEdgeLabels,
  type LabelCandidate,
} from './edge-labels';
import { GEOMETRY, unionBox, type Box, type Point } from './geometry';
import type { GraphProps } from './graph-props';
import { nearestInDirection, readingOrder } from './keyboard-nav';
import type { GraphKeyIntent } from './keys';
import { layoutFingerprint, positionsOf, type Layout } from './layout';
import { insideFrame, quietNames, renderedRect, touchesFrame } from './overlay';
import { EDGE_LABEL_ZOOM, LARGE_NAME_MIN_PX } from './style';
import { graphName } from './elements';
import { areaGroups, placeGroups, type Group, type GroupSpot } from './groups';
import * as view from './viewport';
import type { Measured } from './graph-view';
import { stepMs } from '../story-mode/motion';

/**
 * The default view: the whole graph, unless its names would then read under 12 px; then the
 * middle of it at 14 px (the least for the back of a classroom), and the reader pans. The
 * layout is made to fit the graph's frame on a 1024 × 768 projector at 14 px or more.
 */
const DEFAULT_VIEW: view.FitOptions = {
  padding: 8,
  // The zoom buttons' column (a 44 px button and its margins): nothing is drawn under it.
  reserveRight: 56,
  maxZoom: 1.6,
  minZoom: 12 / GEOMETRY.fontSize,
  fallbackZoom: 14 / GEOMETRY.fontSize,
};
/** The fit button and key: the whole graph, however small. */
const WHOLE: view.FitOptions = { ...DEFAULT_VIEW, minZoom: 0 };
/** The least size of names on screen, in px, unless the page asks for more (a projector). */
const LABEL_FLOOR = 12;
/** Above this many nodes only those in view (and the keyboard's) are in the DOM. */
const VIRTUAL_FROM = 300;
/** From this many elements the graph draws plainer and skips style transitions. */
const LARGE = 600;
/** The overview's areas on screen, px: room for a group's label and some space around it. */
const GROUP_CELL_PX = 150;
/** How long a big graph's zoom rests before its relation labels are laid out for it, ms. */
const LABEL_REST_MS = 150;
/** Overlay targets are never smaller than this (WCAG 2.5.8). */
export const MIN_TARGET = 24;
/** What the keyboard or a reveal keeps between a node and the frame's edge, in px. */
const MARGIN = 8;
const NOTHING: ReadonlyMap<string, never> = new Map<string, never>();
const NO_IDS: ReadonlySet<string> = new Set();

export interface Tip {
  title: string;
  detail: string;
  at: Point;
}

export interface RelationOption {
  id: string;
  /** Its sentence: "Ana invoked The Act". */
  name: string;
  /** Who claims it and who disputes it; empty for a plain relation. */
  claim: string;
  state: string;
}

type Inputs = Omit<GraphProps, 'revealCommand' | 'frameCommand'>;

export class GraphState {
  /** The layout in force; null until the first is ready. */
  layout = $state.raw<Layout | null>(null);
  measured = $state.raw<Measured | null>(null);
  frame = $state.raw<view.Size>({ width: 0, height: 0 });
  #viewport = $state.raw<view.Viewport>({ zoom: 1, pan: { x: 0, y: 0 } });
  /**
   * The zoom the relation labels are sized and placed for. On a big graph it follows the
   * reader's zoom only once the zoom rests: each new size restyles every labelled edge, which
   * on thousands takes longer than a frame, and while the view moves Cytoscape draws a cached
   * picture of it anyway (see markMoving). A fit sets it at once.
   */
  labelZoom = $state(1);
  #rest: ReturnType<typeof setTimeout> | undefined;
  /** The node the keyboard is on (the listbox's active option). */
  activeId = $state<string | null>(null);
  /** The relation the keyboard is on (R), if any. */
  focusedRelation = $state<string | null>(null);
  hasFocus = $state(false);
  /** The last input was a key: show the focus ring and the keyboard help. */
  keyboardUsed = $state(false);
  /** The reader has panned or zoomed: the hint that part of the graph is hidden has served. */
  moved = $state(false);
  tip = $state.raw<Tip | null>(null);
  /** The keyboard help's height over the stage's top while it shows, px. */
  helpHeight = $state(0);
  /** What the page lays over the stage's right and foot (the details drawer), px. */
  covered = $state.raw<Required<Pick<view.Insets, 'right' | 'bottom'>>>({ right: 0, bottom: 0 });
  /** The item of the last reveal command, the selection: kept clear of what covers the stage. */
  #selected: ItemRef | null = null;
  /** A pointer press came just before focus: not the keyboard's tab-in. */
  #pressed = false;
  #tipClosed: string | null = null;
  #hoveredEdge: string | null = null;
  readonly #typed = new TypeAheadBuffer();
  /**
   * The viewport a fit glides to (a frame command's, or a refit as the drawer opens or
   * closes), and over how long (see CanvasProps.glide).
   */
  glide = $state.raw<{ to: view.Viewport; ms: number } | null>(null);
  /**
   * Where a glide is taking the view, until it gets there or the reader moves it. The overview
   * follows where the view is going, not each frame of the way: a group opened would otherwise
   * vanish, show again as the glide sets out from the zoom it left, and vanish once more.
   */
  #heading = $state.raw<view.Viewport | null>(null);
  /** A command to the listbox to take the focus (a group opened took its button away). */
  focusRequest = $state(0);
  #revealed: number | null = null;
  #framed: number | null = null;
  /** The entities the last frame command named: a resize frames them again. */
  #focus: readonly string[] = [];
  /**
   * The view is the one the last fit made (the whole graph's, or the default or a step's),
   * not yet zoomed or panned by the reader: a change of what covers the stage fits it again.
   * Null once the reader has moved it.
   */
  #fitted: { whole: boolean } | null = null;
  /**
   * The props, as the component's own props object: read one at a time, so that each derived
   * value follows only the props it uses (a fresh object of all of them would tie every one
   * to every prop, and a selection would recompute the reading order).
   */
  readonly #in: () => Inputs;
  readonly #m: Messages['graph'];

  get viewport(): view.Viewport {
    return this.#viewport;
  }
  set viewport(next: view.Viewport) {
    this.#viewport = next;
    if (this.#heading && view.sameViewport(next, this.#heading)) this.#heading = null;
    clearTimeout(this.#rest);
    if (next.zoom === this.labelZoom) return;
    if (!this.large) this.labelZoom = next.zoom;
    else this.#rest = setTimeout(() => (this.labelZoom = this.#viewport.zoom), LABEL_REST_MS);
  }

  constructor(inputs: () => Inputs, messages: Messages = english) {
    this.#in = inputs;
    this.#m = messages.graph;
  }

  readonly boxes: ReadonlyMap<string, Box> = $derived(this.measured?.boxes ?? NOTHING);
  /** The layout in force as a fingerprint (layoutFingerprint), for the stage's data-layout. */
  readonly fingerprint = $derived(this.layout ? layoutFingerprint(this.layout) : undefined);
  /** The layout is placed and measured (a story with no entities is ready with none). */
  readonly ready = $derived(this.measured !== null);
  /**
   * Ready, and in a frame of some size, so fitted: what the stage's data-ready tells tests and
   * the bench. (The boxes can be measured a frame before the stage's size is known.)
   */
  readonly fitted = $derived(this.ready && this.frame.width > 0 && this.frame.height > 0);
  readonly positions: ReadonlyMap<string, Point> = $derived.by(() =>
    positionsOf(this.layout, this.#in().index.entityById),
  );
  readonly order = $derived(readingOrder(this.positions));
  readonly virtual = $derived(this.order.length > VIRTUAL_FROM);
  /** The node options in the DOM: all, or for a graph of hundreds those in view. */
  readonly shown = $derived.by(() => {
    if (!this.virtual) return this.order;
    return this.order.filter((id) => {
      const box = this.boxes.get(id);
      if (id === this.activeId || !box) return id === this.activeId;
      return touchesFrame(this.rendered(box), this.frame.width, this.frame.height);
    });
  });
  readonly large = $derived.by(() => {
    const { story } = this.#in();
    return story.entities.length + story.relations.length >= LARGE;
  });
  /**
   * A big graph zoomed out past its names (none drawn under LARGE_NAME_MIN_PX): the overview of
   * its groups by area shows over it (groups.ts), each of which opens on a click or a zoom.
   */
  readonly overview = $derived(
    this.large &&
      this.ready &&
      (this.#heading ?? this.viewport).zoom * GEOMETRY.fontSize < LARGE_NAME_MIN_PX,
  );
  /**
   * The overview's groups: the graph by area, in cells GROUP_CELL_PX wide on screen at the
   * resting zoom, taken in half-octave steps so that a pan or a small zoom keeps them.
   */
  readonly groups: readonly Group[] = $derived.by(() => {
    if (!this.overview) return [];
    const step = 2 ** (Math.floor(Math.log2(this.labelZoom) * 2) / 2);
    const { relationsOfEntity } = this.#in().index;
    const degree = (id: string) => relationsOfEntity.get(id)?.length ?? 0;
    return areaGroups(this.positions, degree, GROUP_CELL_PX / step);
  });
  /** The overview's labels on screen, in what the page leaves uncovered. */
  readonly groupSpots: readonly GroupSpot[] = $derived.by(() => {
    if (!this.overview) return [];
    const { entityById } = this.#in().index;
    const frame = {
      width: this.frame.width - this.covered.right - DEFAULT_VIEW.reserveRight,
      height: this.frame.height - this.covered.bottom,
    };
    // The selection's neighbourhood is named at any zoom: no group covers it.
    const named = [...this.#in().states.entities]
      .filter(([, state]) => state === 'selected' || state === 'related')
      .flatMap(([id]) => {
        const box = this.boxes.get(id);
        return box ? [renderedRect(box, this.viewport, 0)] : [];
      });
    const name = (g: Group) => {
      const leader = entityById.get(g.id);
      return leader ? graphName(leader) : g.id;
    };
    return placeGroups(this.groups, this.viewport, frame, name, named);
  });
  readonly names: ReadonlyMap<string, string> = $derived.by(() => {
    const { story, index } = this.#in();
    return entityNames(story.entities, index, this.#m);
  });
  /** The relations R steps through: the keyboard's node's, while the graph has focus. */
  readonly anchorRelations: readonly string[] = $derived.by(() => {
    const id = this.hasFocus ? this.activeId : null;
    return id ? (this.#in().index.relationsOfEntity.get(id) ?? []) : [];
  });
  /** The relation options of the keyboard's node: name, claim and state of each. */
  readonly relationOptions: readonly RelationOption[] = $derived.by(() => {
    const { index, states } = this.#in();
    return this.anchorRelations.flatMap((id) => {
      const relation = index.relationById.get(id);
      if (!relation) return [];
      const name = relationName(relation, index, this.#m);
      const claim = claimDescription(relation.claim, index, this.#m);
      return [{ id, name, claim, state: states.relations.get(id) ?? 'default' }];
    });
  });
  /** Where the keyboard's relation is on screen. */
  readonly relationAt = $derived(this.focusedRelation ? this.spotOf(this.focusedRelation) : null);
  /**
   * The least size of a name on screen, in px: 12, or what the page asks for through the CSS
   * property --graph-label-floor (presenter mode asks for 20, for the back of a classroom).
   */
  labelFloor = $state(LABEL_FLOOR);
  /**
   * Relation labels keep their size on screen: 13 px within an eighth of an octave (the font
   * steps by quarter octaves of zoom), and above the usual floor never under it, even at the
   * low end of that range.
   */
  readonly edgeFont = $derived(
    edgeFontSize(this.labelZoom) *
      (this.labelFloor > LABEL_FLOOR ? this.labelFloor / (EDGE_LABEL_PX * 2 ** -0.125) : 1),
  );
  /** Zoomed in enough to offer every relation's label (a flag, so panning places none). */
  readonly zoomedIn = $derived(this.labelZoom >= EDGE_LABEL_ZOOM);
  readonly labels: ReadonlySet<string> = $derived.by(() => this.placeLabels());
  /** Each element's Cytoscape classes, from the reader's state and the keyboard's. */
  readonly classes: ClassMap = $derived.by(() => {
    const { index, states, hoverStates, active } = this.#in();
    const fixed = fixedClasses(this.layout?.leftLabels ?? []);
    const ids = {
      entities: [...index.entityById.keys()],
      relations: [...index.relationById.keys()],
      fixed,
    };
    const { focusedRelation, labels, quiet } = this;
    return classesFor(ids, { states, hoverStates, active, focusedRelation, labels, quiet });
  });
  /**
   * Above the usual floor (a projector read from the back of a room), a name is drawn only
   * where it reads whole and at full contrast: not faded by the selection or the window, and
   * wholly in view, never cut in half at the frame's edge.
   */
  readonly quiet: ReadonlySet<string> = $derived.by(() => {
    if (this.labelFloor <= LABEL_FLOOR) return NO_IDS;
    const { states } = this.#in();
    const faded = (id: string) => states.entities.get(id) === 'dimmed' || !this.isActive(id);
    return quietNames(this.boxes, this.viewport, this.frame, faded);
  });
  /** Part of the graph is out of view. */
  readonly partial = $derived(
    [...this.boxes.values()].some(
      (b) => !insideFrame(this.rendered(b), this.frame.width, this.frame.height),
    ),
  );
  /** Say so, until the reader has moved the graph or is using the keyboard there. */
  readonly hint = $derived(this.partial && !this.moved && !(this.hasFocus && this.keyboardUsed));

  stateOf(id: string): string {
    return this.#in().states.entities.get(id) ?? 'default';
  }

  isActive(id: string): boolean {
    const { active } = this.#in();
    return !active || active.entities.has(id);
  }

  /** A model box on screen, at least a target's size. */
  rendered(box: Box) {
    return renderedRect(box, this.viewport, MIN_TARGET);
  }

  private spotOf(relationId: string): Point | null {
    const at = this.measured?.edgeSpots.get(relationId)?.at;
    const { zoom, pan } = this.viewport;
    return at ? { x: at.x * zoom + pan.x, y: at.y * zoom + pan.y } : null;
  }

  private placeLabels(): Set<string> {
    const { states, hoverStates, active } = this.#in();
    const spots: ReadonlyMap<string, LabelCandidate> = this.measured?.edgeSpots ?? NOTHING;
    const { forced, candidates } = labelPriorities({
      relations: [...spots.keys()],
      selected: states.relations,
      hovered: hoverStates.relations,
      focused: this.focusedRelation,
      active: active?.relations ?? null,
      zoomedIn: this.zoomedIn,
    });
    const at = (ids: string[]) =>
      ids.flatMap((id) => {
        const spot = spots.get(id);
        return spot && this.strong(id, spot) ? [spot] : [];
      });
    // Faded names may sit under a label; names in full view may not.
    const clear = [...this.boxes].filter(
      ([id]) => states.entities.get(id) !== 'dimmed' && this.isActive(id),
    );
    return placeEdgeLabels(
      at(forced),
      at(candidates),
      clear.map(([, b]) => b),
      this.edgeFont,
    );
  }

  /** A relation's label reads whole and strong: always, except on a projector (see quiet). */
  private strong(id: string, spot: LabelCandidate): boolean {
    if (this.labelFloor <= LABEL_FLOOR) return true;
    const { states, active } = this.#in();
    if (states.relations.get(id) === 'dimmed' || (active && !active.relations.has(id)))
      return false;
    const box = renderedRect(edgeLabelBox(spot.label, spot.at, this.edgeFont), this.viewport, 0);
    return insideFrame(box, this.frame.width, this.frame.height);
  }

  // What the canvas and the stage report.

  /** A new story's layout (null while it is computed): its old boxes no longer hold. */
  setLayout(layout: Layout | null): void {
    this.layout = layout;
    this.measured = null;
  }

  /** A layout's boxes are measured: show the default view. */
  measure(m: Measured): void {
    this.measured = m;
    this.fit();
  }

  /** The frame's new size, and the page's floor for names when it gives one. */
  resize(frame: view.Size, labelFloor?: number): void {
    this.frame = frame;
    this.labelFloor = labelFloor ?? LABEL_FLOOR;
    this.fit();
  }

  // The view.

  /** The default view, the whole graph, or the entities a story's step frames. */
  fit(whole = false, ms = 0): void {
    const focus = whole ? null : this.unionOf(this.#focus);
    const bounds = focus ?? this.measured?.bounds;
    // A step's entities are fitted as the whole is, under the same floor: names never under
    // 12 px (where they do not fit, their middle at 14 px).
    const fitted = whole ? WHOLE : this.readable();
    // Every fit fits into what the page leaves uncovered (the stage keeps its size under the
    // details drawer: see cover).
    const { right, bottom } = this.covered;
    const options = { ...fitted, reserveRight: fitted.reserveRight + right };
    const frame = { width: this.frame.width, height: this.frame.height - bottom };
    const next = bounds && view.fitViewport(bounds, frame, options);
    if (!next) return;
    this.viewport = next;
    clearTimeout(this.#rest);
    this.labelZoom = next.zoom;
    this.glideTo(ms);
    this.#fitted = { whole };
  }

  /** The view glides to the viewport now set, over `ms` (0: it is shown at once). */
  private glideTo(ms: number): void {
    this.glide = ms > 0 ? { to: this.viewport, ms } : null;
    this.#heading = this.glide?.to ?? null;
  }

  /**
   * Acts once on each new frame command, once the boxes are measured: fits the entities it
   * names (over its `ms`), or the default view when it names none. They stay framed through a
   * resize, until the next command or the fit button.
   */
  frameTo(command: FrameCommand | null | undefined): void {
    if (!command || command.id === this.#framed || !this.ready) return;
    this.#framed = command.id;
    // A reveal that came with it (a step's selection) is older: the frame has the last word.
    if (this.#revealed !== null && this.#revealed > command.id) return;
    this.#focus = command.entities.filter((id) => this.boxes.has(id));
    this.fit(false, command.ms);
  }

  /** The default view's options, its names never under the floor (a middle view if need be). */
  private readable(): view.FitOptions {
    const floor = this.labelFloor;
    if (floor === LABEL_FLOOR) return DEFAULT_VIEW;
    const { fontSize } = GEOMETRY;
    return {
      ...DEFAULT_VIEW,
      minZoom: floor / fontSize,
      fallbackZoom: Math.max(14, floor) / fontSize,
    };
  }

  /** Zooms about a point in frame pixels (the frame's centre if none). */
  zoom(factor: number, at?: Point): void {
    const centre = { x: this.frame.width / 2, y: this.frame.height / 2 };
    this.viewport = view.zoomAbout(this.viewport, factor, at ?? centre);
    this.#heading = null;
    this.#fitted = null;
  }

  panBy(by: Point): void {
    this.viewport = view.panBy(this.viewport, by);
    this.#heading = null;
    this.#fitted = null;
  }

  /** The reader zoomed or panned on the canvas itself (its wheel, a drag, a pinch). */
  userMoved(): void {
    this.#heading = null;
    this.#fitted = null;
  }

  /** Pans as the keyboard goes: a view that moves is the reader's, no longer a fit's. */
  private keyboardPanTo(box: Box | null | undefined): void {
    const before = this.viewport;
    this.panTo(box);
    if (this.viewport !== before) this.#fitted = null;
  }

  private panTo(box: Box | null | undefined): void {
    if (!box) return;
    // Clear of what lies over the stage: the keyboard help and the zoom buttons' column.
    // While the page covers the stage's right, the zoom buttons stand at the edge of the rest.
    const top = this.hasFocus && this.keyboardUsed ? this.helpHeight : 0;
    const { right, bottom } = this.covered;
    const insets = { top, right: DEFAULT_VIEW.reserveRight + right, bottom };
    // During a glide, from where it is going (its frames are on the way there), and on gliding.
    const heading = this.#heading;
    const next = view.panIntoView(heading ?? this.viewport, box, this.frame, MARGIN, insets);
    if (next === (heading ?? this.viewport)) return;
    this.viewport = next;
    if (heading) this.glideTo(this.glide?.ms ?? 0);
  }

  /**
   * Acts once on each new reveal command from another view: an entity or a relation (its two
   * ends, or its label where both ends do not fit) is panned into view; an event's entities
   * only when none of them is in view, so a selection on the timeline moves the graph only
   * when the graph would otherwise show nothing of it. Waits until the boxes are measured.
   */
  reveal(command: RevealCommand | null | undefined): void {
    if (!command || command.id === this.#revealed || !this.ready) return;
    this.#revealed = command.id;
    this.#selected = command.item;
    // A node chosen here moves only if the details drawer covers it.
    if (command.origin !== 'graph' || this.covered.right) this.panTo(this.revealBox(command.item));
  }

  /**
   * The page now covers this much of the stage's right and foot (the details drawer opened,
   * closed or changed width). The stage keeps its size. A view the reader has not moved since
   * its fit is fitted again, gliding, into what is left uncovered (the whole stage once the
   * drawer closes); a view the reader moved stays. Then the selection, or the keyboard's
   * node, moves out from under the drawer.
   */
  cover(right: number, bottom: number): void {
    if (right === this.covered.right && bottom === this.covered.bottom) return;
    this.covered = { right, bottom };
    if (!this.ready) return;
    const refit = this.#fitted;
    if (refit) this.fit(refit.whole);
    if (right) {
      const keyboard = this.hasFocus && this.keyboardUsed && this.activeId;
      if (keyboard) this.panTo(this.boxes.get(keyboard));
      else if (this.#selected) this.panTo(this.revealBox(this.#selected));
    }
    this.glideTo(refit ? stepMs() : 0);
  }

  private revealBox(item: ItemRef): Box | null {
    const { index } = this.#in();
    const fits = (b: Box | null) => b && this.fitsFrame(b);
    if (item.kind === 'entity') return this.boxes.get(item.id) ?? null;
    if (item.kind === 'relation') {
      const r = index.relationById.get(item.id);
      const ends = r && this.unionOf([r.from, r.to]);
      if (ends && fits(ends)) return ends;
      const spot = this.measured?.edgeSpots.get(item.id)?.at;
      return spot ? { x1: spot.x, y1: spot.y, x2: spot.x, y2: spot.y } : (ends ?? null);
    }
    const ids = index.entitiesOfEvent.get(item.id) ?? [];
    // Seen in the part of the stage the page leaves uncovered.
    const width = this.frame.width - this.covered.right;
    const height = this.frame.height - this.covered.bottom;
    const seen = ids.some((id) => {
      const b = this.boxes.get(id);
      return b && insideFrame(this.rendered(b), width, height);
    });
    if (seen) return null;
    const all = this.unionOf(ids);
    if (fits(all)) return all;
    const first = this.order.find((id) => ids.includes(id));
    return first ? (this.boxes.get(first) ?? null) : null;
  }

  private unionOf(ids: readonly string[]): Box | null {
    return unionBox(ids.flatMap((id) => this.boxes.get(id) ?? []));
  }

  private fitsFrame(b: Box): boolean {
    const { zoom } = this.viewport;
    const room = (size: number) => size - 2 * MARGIN;
    return (
      (b.x2 - b.x1) * zoom <= room(this.frame.width) &&
      (b.y2 - b.y1) * zoom <= room(this.frame.height)
    );
  }

  // Intents from the keyboard and the pointer.

  key(intent: GraphKeyIntent): void {
    this.keyboardUsed = true;
    switch (intent.type) {
      case 'move':
        return this.moveTo(
          this.activeId
            ? nearestInDirection(this.activeId, intent.direction, this.positions)
            : (this.order[0] ?? null),
        );
      case 'first':
      case 'last':
      case 'next':
      case 'previous':
        return this.moveTo(moveCursor(this.order, this.activeId, intent.type) ?? null);
      case 'select': {
        const item = this.current();
        if (item) this.#in().onselect(item);
        return;
      }
      case 'clear':
        this.focusedRelation = null;
        this.tip = null;
        return this.#in().onselect(null);
      case 'relation':
        return this.stepRelation(intent.step);
      case 'zoom':
        return this.zoomStep(intent.factor);
      case 'fit':
        return this.fitWhole();
    }
  }

  /** Whether a type-ahead query is under way (a space then belongs to it). */
  typing(now: number): boolean {
    return this.#typed.typing(now);
  }

  /** A letter typed: the keyboard goes to the next entity whose name starts with those typed. */
  typeAhead(char: string, now: number): void {
    this.keyboardUsed = true;
    const { index } = this.#in();
    const names = this.order.map((id) => index.entityById.get(id)?.name ?? id);
    const from = this.activeId ? this.order.indexOf(this.activeId) : -1;
    const at = typeAhead(names, from, this.#typed.push(char, now));
    if (at !== undefined) this.moveTo(this.order[at] ?? null);
  }

  /** A zoom button or key: about the frame's centre. */
  zoomStep(factor: number): void {
    this.moved = true;
    this.zoom(factor);
  }

  /**
   * A group of the overview chosen: its members fill the view, their names readable. Its
   * button goes with the overview, so the listbox takes the focus, on the group's leader: from
   * a key, with the focus ring; from the pointer, without.
   */
  openGroup(id: string, by: 'keyboard' | 'pointer' = 'pointer'): void {
    const group = this.groups.find((g) => g.id === id);
    if (!group) return;
    this.moved = true;
    this.#focus = group.members;
    this.fit(false, stepMs());
    this.activeId = group.id;
    this.focusedRelation = null;
    if (by === 'pointer') this.press();
    this.focusRequest++;
  }

  /** The fit button or key: the whole graph, however small. */
  fitWhole(): void {
    this.moved = true;
    this.#focus = [];
    this.fit(true);
  }

  /** What Enter selects: the keyboard's relation, else its node. */
  private current(): ItemRef | null {
    if (this.focusedRelation) return { kind: 'relation', id: this.focusedRelation };
    return this.activeId ? { kind: 'entity', id: this.activeId } : null;
  }

  private moveTo(id: string | null): void {
    if (!id) return;
    this.activeId = id;
    this.focusedRelation = null;
    this.tip = null;
    this.keyboardPanTo(this.boxes.get(id));
    this.#in().onhover({ kind: 'entity', id });
  }

  private stepRelation(step: 1 | -1): void {
    const list = this.anchorRelations;
    if (!list.length) return;
    const at = this.focusedRelation ? list.indexOf(this.focusedRelation) : step === 1 ? -1 : 0;
    const next = list[(at + step + list.length) % list.length]!;
    this.focusedRelation = next;
    this.#in().onhover({ kind: 'relation', id: next });
    const spot = this.spotOf(next);
    if (spot) this.showTip(next, spot);
  }

  /** The listbox takes focus: the keyboard starts at the selection, else at the first node. */
  focus(): void {
    this.hasFocus = true;
    // Tabbed in (no press before): the focus ring and the help show at once.
    if (!this.#pressed) this.keyboardUsed = true;
    this.#pressed = false;
    if (!this.activeId || !this.positions.has(this.activeId)) {
      const selected = [...this.#in().states.entities].find(([, s]) => s === 'selected')?.[0];
      this.activeId = selected ?? this.order[0] ?? null;
    }
    if (this.keyboardUsed && this.activeId) this.keyboardPanTo(this.boxes.get(this.activeId));
  }

  /** The help's height changed (it shows, or wraps anew): keep the keyboard's node clear. */
  setHelpHeight(px: number): void {
    // Only a real change: a fit or a zoom the reader asked for is not undone by a re-measure.
    if (px === this.helpHeight) return;
    this.helpHeight = px;
    if (this.hasFocus && this.keyboardUsed && this.activeId && !this.focusedRelation)
      this.keyboardPanTo(this.boxes.get(this.activeId));
  }

  blur(): void {
    this.hasFocus = false;
    this.focusedRelation = null;
    this.tip = null;
    this.#in().onhover(null);
  }

  /** A press with the pointer: the focus ring and help are for the keyboard only. */
  press(): void {
    this.keyboardUsed = false;
    this.#pressed = !this.hasFocus;
  }

  clickNode(id: string): void {
    this.activeId = id;
    this.focusedRelation = null;
    this.#in().onselect({ kind: 'entity', id });
  }

  /** A tap on the canvas: an edge's relation, or empty space (null) to clear. */
  tap(item: ItemRef | null): void {
    this.#in().onselect(item);
  }

  hover(item: ItemRef | null): void {
    this.#in().onhover(item);
  }

  /** The pointer over an edge at a point in frame pixels; null when it leaves. */
  hoverEdge(relationId: string | null, at?: Point): void {
    this.#in().onhover(relationId ? { kind: 'relation', id: relationId } : null);
    if (relationId !== this.#tipClosed) this.#tipClosed = null;
    this.#hoveredEdge = relationId;
    if (relationId && at && !this.#tipClosed) this.showTip(relationId, at);
    else this.tip = null;
  }

  /** Escape: the tip goes away (WCAG 1.4.13), until the pointer moves to another edge. */
  closeTip(): void {
    if (!this.tip) return;
    this.#tipClosed = this.focusedRelation ?? this.#hoveredEdge;
    this.tip = null;
  }

  private showTip(relationId: string, at: Point): void {
    const { index } = this.#in();
    const relation = index.relationById.get(relationId);
    if (!relation) return;
    const m = this.#m;
    this.tip = {
      title: relationName(relation, index, m),
      detail: claimDescription(relation.claim, index, m),
      at,
    };
  }
}
