/**
 * The timeline's own state and everything derived from it, apart from any component: the zoom
 * transform, the keyboard cursor, focus and hover, the container's width and font; from them
 * the scale, the marks' rows, the labels that fit, the ticks and the tooltip. The components
 * only draw these and pass the reader's gestures to the intent methods here.
 *
 * The window shown belongs to the reader's state: the timeline shows each new window command
 * from elsewhere, and reports its own moves (a gesture when it ends, a key or a button at once).
 */
import { untrack } from 'svelte';
import type { Messages } from '../i18n/messages';
import type { RevealCommand, WindowCommand } from '../app/reader-state.svelte';
import type { Span } from '../model/indexes';
import { stateOf, type ItemState } from '../model/selection';
import { moveCursor } from '../ui/list-cursor';
import { typeAhead, typedChar, TypeAheadBuffer } from '../ui/type-ahead';
import { timelineKeyAction, type TimelineKeyAction } from './keys';
import {
  byId,
  endRoomFor,
  groupRows,
  labelOf,
  laneOfCategory,
  laneTops,
  layoutMarks,
  markExtent,
  placeLabels,
  type Mark,
  type PlacedLabel,
} from './marks';
import { markAt } from './draw-marks';
import { NORMAL_SPACING, textMeasurer, type TextSpacing } from './measure-text';
import { eventNames, timelineName } from '../model/sentences';
import { breaksFor, finestUnit, spacedBreaks, ticksFor, type ZoomTransform } from './ticks';
import { buildTimeScale } from './time-scale';
import type { TimelineProps } from './timeline-props';
import * as zoom from './zoom-math';

/** Past this many events the marks are drawn on a canvas (see npm run bench). */
const CANVAS_ABOVE = 200;
/** Room either side of the plot, so a mark at the very start or end is drawn whole. */
export const PAD = 16;
const LABEL_PX = 14;
const IDENTITY: ZoomTransform = { k: 1, x: 0 };
const NO_STATES: ReadonlyMap<string, ItemState> = new Map();

export class TimelineState {
  readonly #input: () => TimelineProps;
  readonly #messages: Messages;
  #windowCommand = -1;
  #revealCommand = -1;
  /** A window command's glide under way: where it started and where it goes. */
  #glide: { from: zoom.Edges; to: zoom.Edges; start: number; ms: number; frame: number } | null =
    null;
  readonly #typed = new TypeAheadBuffer();

  /** The zoom: base px × k + x is screen px in the plot. */
  z: ZoomTransform = $state.raw(IDENTITY);
  /** The keyboard cursor: the event the arrows move from (the listbox's active option). */
  activeId: string | null = $state(null);
  focused = $state(false);
  hoverId: string | null = $state(null);
  /** The event whose tip Escape closed: it stays closed until the pointer or cursor moves on. */
  tipClosed: string | null = $state(null);
  /** The labels' font family, read from the page once it is drawn. */
  font = $state('system-ui, sans-serif');
  /** The labels' letter and word spacing, read from the page with the font. */
  spacing: TextSpacing = $state(NORMAL_SPACING);
  #width = $state(0);

  /** `props`: the component's props, read through a function so they stay live. */
  constructor(props: () => TimelineProps, messages: Messages) {
    this.#input = props;
    this.#messages = messages;
  }
  // Read through accessors: the derived fields below are evaluated later, on first use.
  get #props(): TimelineProps {
    return this.#input();
  }
  get #m(): Messages {
    return this.#messages;
  }

  /**
   * The container's width, px. A new width keeps the window shown: the scale is not simply
   * stretched (the room kept for the last labels is in px), so the window is shown anew.
   */
  get width(): number {
    return this.#width;
  }
  set width(w: number) {
    // Set from an attachment: what is read here must not become what it depends on.
    untrack(() => {
      const shown = this.wholeStory ? null : zoom.windowOf(this.z, this.scale, this.plotWidth);
      this.#width = w;
      if (shown) this.z = zoom.transformFor(shown, this.scale, this.plotWidth);
    });
  }

  // ---- sizes. A row is never under 24 px, the least target size (WCAG 2.5.8).
  readonly rowHeight = $derived(this.#props.dense ? 24 : 26);
  readonly axisHeight = $derived(this.#props.dense ? 30 : 34);
  readonly narrow = $derived(this.#width < 640);
  readonly gutter = $derived(
    (this.narrow ? 0 : Math.min(170, Math.max(120, this.#width * 0.14))) + PAD,
  );
  readonly plotWidth = $derived(Math.max(100, this.#width - this.gutter - PAD));
  readonly useCanvas = $derived(this.#props.events.length > CANVAS_ABOVE);
  readonly measure = $derived(textMeasurer(`${LABEL_PX}px ${this.font}`, LABEL_PX, this.spacing));

  // ---- layout, at the default zoom: it never changes while the reader zooms.
  readonly scale = $derived(
    buildTimeScale(
      [...this.#props.spans.values()],
      this.plotWidth,
      endRoomFor(
        this.#props.events,
        this.#props.spans,
        (e) => this.measure(labelOf(e)),
        this.plotWidth,
      ),
    ),
  );
  readonly maxK = $derived(zoom.maxZoomFor(this.scale));
  readonly eventById = $derived(byId(this.#props.events));
  readonly marks: Mark[] = $derived.by(() =>
    layoutMarks({
      events: this.#props.events,
      spans: this.#props.spans,
      laneOf: laneOfCategory(this.#props.categories),
      laneCount: this.#props.categories.length,
      rowsPerLane: this.#props.maxRows ?? 3,
      scale: this.scale,
      labelWidth: (e) => this.measure(labelOf(e)),
      viewWidth: this.plotWidth,
    }),
  );
  readonly markById = $derived(byId(this.marks));
  /**
   * Each lane name's height as drawn, px (set by the view, which measures them): a reader's own
   * text spacing can wrap a name onto more lines than its lane has rows.
   */
  laneNameHeights: readonly number[] = $state([]);
  /** Above each lane's rows on a narrow screen: its name, one 20 px line or as tall as drawn. */
  readonly #laneHeaders = $derived(
    this.#props.categories.map((_, lane) =>
      this.narrow ? Math.max(20, this.laneNameHeights[lane] ?? 0) : 0,
    ),
  );
  readonly #lanePad = $derived(this.#props.dense ? 2 : 4);
  readonly laneTops = $derived(
    laneTops(this.marks, this.#props.categories.length, {
      row: this.rowHeight,
      pad: this.#lanePad,
      headers: this.#laneHeaders,
      least: this.narrow ? [] : this.laneNameHeights.map((h) => h + 2 * this.#lanePad),
    }),
  );
  readonly lanesHeight = $derived(this.laneTops[this.laneTops.length - 1] ?? 0);
  readonly height = $derived(this.lanesHeight + this.axisHeight);
  readonly #rows = $derived(groupRows(this.marks));
  readonly #names = $derived(eventNames(this.#props.events, this.#m));
  readonly name = $derived(timelineName(this.#props.events, this.#m));

  /**
   * A wheel or a pinch is changing the zoom of a story past CANVAS_ABOVE events: no label is
   * placed until it ends (d3-zoom's end, 150 ms after the wheel's last step). Placing thousands
   * of labels at each step took longer than a frame; the marks still move with every step.
   */
  #zooming = $state(false);

  // ---- at the current zoom.
  readonly labels: PlacedLabel[] = $derived(
    this.#zooming
      ? []
      : placeLabels(this.#rows, this.z, this.plotWidth, (id) =>
          this.measure(labelOf(this.eventById.get(id))),
        ),
  );
  readonly ticks = $derived(
    ticksFor(this.scale, this.z, this.plotWidth, this.measure, this.#m.dateLocale),
  );
  readonly tickUnit = $derived(finestUnit(this.ticks));
  readonly breaks = $derived(breaksFor(this.scale, this.z));
  readonly breakMarks = $derived(spacedBreaks(this.breaks, this.plotWidth));
  readonly hasSelection = $derived(this.#props.states.size > 0);
  readonly wholeStory = $derived(this.z.k === 1 && this.z.x === 0);
  /**
   * The name shown over everything for the hovered or focused event, unless its label shows
   * its whole title (a short title's label still gets the whole one on hover).
   */
  readonly tip = $derived.by(() => {
    const id = this.hoverId ?? (this.focused ? this.activeId : null);
    const m = id && id !== this.tipClosed ? this.markById.get(id) : undefined;
    const whole = (l: { id: string }) => l.id === m?.id && !this.eventById.get(l.id)?.shortTitle;
    if (!m || (!this.focused && this.labels.some(whole))) return null;
    const [a, b] = markExtent(m, this.z);
    return { text: this.nameOf(m.id), x: this.gutter + (a + b) / 2, y: this.markY(m) };
  });
  /** The zoom controls: in, out, earlier, later (panning without a drag), the whole story. */
  readonly buttons = $derived.by(() => {
    const m = this.#m;
    const third = this.plotWidth / 3;
    return [
      { text: '+', label: m.timelineZoomIn, disabled: this.z.k >= this.maxK },
      { text: '−', label: m.timelineZoomOut, disabled: this.z.k <= 1 },
      { text: '◀', label: m.timelineEarlierLabel, disabled: this.z.x >= 0 },
      {
        text: '▶',
        label: m.timelineLaterLabel,
        disabled: this.z.k * this.plotWidth + this.z.x <= this.plotWidth + 0.5,
      },
      { text: m.timelineReset, label: m.timelineResetLabel, disabled: this.wholeStory },
    ].map((b, i) => ({
      ...b,
      onclick: [
        () => this.zoomBy(zoom.KEY_ZOOM_FACTOR),
        () => this.zoomBy(1 / zoom.KEY_ZOOM_FACTOR),
        () => this.pan(third),
        () => this.pan(-third),
        () => this.reset(),
      ][i]!,
    }));
  });
  /** Where the keyboard cursor is drawn, while the timeline has focus. */
  readonly cursor = $derived.by(() => {
    const m = this.focused && this.activeId ? this.markById.get(this.activeId) : undefined;
    return m ? { extent: markExtent(m, this.z), y: this.markY(m) } : null;
  });

  markY(m: Mark): number {
    const top = (this.laneTops[m.lane] ?? 0) + (this.#laneHeaders[m.lane] ?? 0) + this.#lanePad;
    return top + m.row * this.rowHeight + this.rowHeight / 2;
  }
  nameOf(id: string): string {
    return this.#names.get(id) ?? id;
  }
  stateOf(id: string): ItemState {
    return stateOf(this.#props.states, id);
  }
  hoverOf(id: string): ItemState {
    return stateOf(this.#props.hoverStates ?? NO_STATES, id);
  }

  // ---- intents.
  /** Zooms by a factor round a screen x of the plot (its middle unless given); reports. */
  zoomBy(factor: number, at = this.plotWidth / 2): void {
    this.#stopGlide();
    this.#set(zoom.zoomAround(this.z, factor, at, this.plotWidth, this.maxK), true);
  }
  /** Pans by screen px (positive: towards earlier times); reports. */
  pan(dx: number): void {
    this.#stopGlide();
    this.#set({ k: this.z.k, x: this.z.x + dx }, true);
  }
  /** Back to the whole story; reports. */
  reset(): void {
    this.#stopGlide();
    this.#set(IDENTITY, true);
  }
  /**
   * Pans so an event is in view (past a margin, a fraction of the width); reports a move.
   * During a glide, "in view" is judged where the glide is going: an event the coming window
   * shows stays put, and the glide goes on.
   */
  reveal(id: string, margin = 0.1): void {
    const m = this.markById.get(id);
    if (!m) return;
    const from = this.#glide ? zoom.transformOfEdges(this.#glide.to, this.plotWidth) : this.z;
    const next = zoom.revealX(from, (m.bx0 + m.bx1) / 2, this.plotWidth, margin);
    if (next === from && this.#glide) return;
    this.#stopGlide();
    this.#set(next, true);
  }
  /**
   * Shows a window (null: the whole story) asked for from outside; reports nothing back. With
   * `ms`, the view glides there over that time (a story's step), one frame at a time.
   */
  showWindow(window: Span | null, ms = 0): void {
    // Computed again at the end: the width may have changed on the way.
    const target = () =>
      window ? zoom.transformFor(window, this.scale, this.plotWidth, this.maxK) : IDENTITY;
    this.#stopGlide();
    if (ms <= 0 || typeof requestAnimationFrame !== 'function') return this.#set(target(), false);
    const w = this.plotWidth;
    const glide = {
      from: zoom.edgesOf(this.z, w),
      to: zoom.edgesOf(target(), w),
      start: performance.now(),
      ms,
      frame: 0,
    };
    const step = (now: number) => {
      if (this.#glide !== glide) return;
      const t = Math.max(0, now - glide.start) / ms;
      if (t >= 1) {
        this.#glide = null;
        return this.#set(target(), false);
      }
      const edges = zoom.edgesBetween(glide.from, glide.to, zoom.easeInOut(t));
      this.#set(zoom.transformOfEdges(edges, this.plotWidth), false);
      glide.frame = requestAnimationFrame(step);
    };
    this.#glide = glide;
    glide.frame = requestAnimationFrame(step);
  }
  /** A new window command from another view or the address bar; the timeline's own is not. */
  onWindowCommand(command: WindowCommand | null | undefined): void {
    if (!command || command.id === this.#windowCommand) return;
    this.#windowCommand = command.id;
    if (command.origin !== 'timeline') this.showWindow(command.window, command.ms);
  }
  /** A new reveal command: an event selected elsewhere is panned into view if it is out of it. */
  onRevealCommand(command: RevealCommand | null | undefined): void {
    if (!command || command.id === this.#revealCommand) return;
    this.#revealCommand = command.id;
    if (command.origin !== 'timeline' && command.item.kind === 'event')
      this.reveal(command.item.id, 0);
  }
  /** A frame of the reader's wheel, drag or pinch (d3-zoom). */
  gesture(next: ZoomTransform): void {
    this.#stopGlide();
    if (this.useCanvas && next.k !== this.z.k) this.#zooming = true;
    this.#set(next, false);
  }
  /** The reader's gesture has ended: the window it left is reported, and labels placed. */
  gestureEnd(): void {
    this.#zooming = false;
    this.#report();
  }

  /** A key pressed on the listbox; true when the timeline used it. */
  press(e: KeyboardEvent, now = performance.now()): boolean {
    // The timeline's own keys first; a space is the query's while one is under way.
    const typing = this.#typed.typing(now);
    const action = typing && e.key === ' ' ? null : timelineKeyAction(e);
    const char = action ? undefined : typedChar(e, typing);
    if (action) this.key(action);
    if (char) this.typeAhead(char, now);
    return Boolean(action ?? char);
  }
  /** A letter typed: the cursor goes to the next event whose title starts with those typed. */
  typeAhead(char: string, now: number): void {
    const events = this.#props.events;
    const from = events.findIndex((e) => e.id === this.activeId);
    const at = typeAhead(
      events.map((e) => e.title),
      from,
      this.#typed.push(char, now),
    );
    const id = at === undefined ? undefined : events[at]?.id;
    if (!id) return;
    this.activeId = id;
    this.reveal(id);
  }

  key(action: TimelineKeyAction): void {
    switch (action) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last': {
        const ids = this.#props.events.map((e) => e.id);
        const id = moveCursor(ids, this.activeId, action);
        if (id) this.activeId = id;
        if (id) this.reveal(id);
        return;
      }
      case 'select':
        if (this.activeId) this.#props.onselect(this.activeId);
        return;
      case 'clear':
        return this.#props.onselect(null);
      case 'zoom-in':
        return this.zoomBy(zoom.KEY_ZOOM_FACTOR, this.#cursorX());
      case 'zoom-out':
        return this.zoomBy(1 / zoom.KEY_ZOOM_FACTOR, this.#cursorX());
      case 'pan-left':
        return this.pan(this.plotWidth / 3);
      case 'pan-right':
        return this.pan(-this.plotWidth / 3);
      case 'reset':
        return this.reset();
    }
  }
  focus(): void {
    this.focused = true;
    if (this.activeId) return;
    const selected = this.#props.events.find((e) => this.stateOf(e.id) === 'selected');
    this.activeId = selected?.id ?? this.#props.events[0]?.id ?? null;
  }
  blur(): void {
    this.focused = false;
  }
  /** Escape: the tip shown goes away (WCAG 1.4.13); true if there was one. */
  closeTip(): boolean {
    const open = this.tip !== null;
    this.tipClosed = this.hoverId ?? this.activeId;
    return open;
  }
  hover(id: string | null): void {
    if (id !== this.hoverId) this.tipClosed = null;
    this.hoverId = id;
    this.#props.onhover(id);
  }
  pick(id: string): void {
    this.activeId = id;
    this.#props.onselect(id);
  }
  /** A click on the plot's background, at a point of the plot (null: where does not matter). */
  clickAt(point: readonly [number, number] | null): void {
    const hit = point && this.useCanvas ? this.#markAt(point) : undefined;
    if (hit) this.pick(hit.id);
    else this.#props.onselect(null);
  }
  /** The pointer over the plot (null: it left): on the canvas, it hovers the mark under it. */
  pointAt(point: readonly [number, number] | null): void {
    if (!this.useCanvas) return;
    const id = point ? (this.#markAt(point)?.id ?? null) : null;
    if (id !== this.hoverId) this.hover(id);
  }

  #markAt([x, y]: readonly [number, number]): Mark | undefined {
    return markAt(this.marks, this.z, x, y, (m) => this.markY(m));
  }
  #cursorX(): number {
    const m = this.activeId ? this.markById.get(this.activeId) : undefined;
    return m ? this.z.k * ((m.bx0 + m.bx1) / 2) + this.z.x : this.plotWidth / 2;
  }
  #stopGlide(): void {
    if (this.#glide) cancelAnimationFrame(this.#glide.frame);
    this.#glide = null;
  }
  #set(next: ZoomTransform, report: boolean): void {
    const z = zoom.clampTransform(next, this.plotWidth, this.maxK);
    if (z.k === this.z.k && z.x === this.z.x) return;
    this.z = z;
    if (report) this.#report();
  }
  #report(): void {
    const shown = this.wholeStory ? null : zoom.windowOf(this.z, this.scale, this.plotWidth);
    this.#props.onwindowchange?.(shown);
  }
}
