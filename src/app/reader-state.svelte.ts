/**
 * The one store of the reader's state: the selected item, the transient hover, the time window
 * and the filter toggle. Views read it and send intents; none talks to another view directly.
 *
 * A change that comes from outside a view (a link, a list click, a reset) reaches the views as
 * a command with an id, never as a prop they must tell apart from their own echo: each command
 * names the view it came from, and that view ignores it.
 */
import type { IndexedStory, Span } from '../model/indexes';
import { chapterById, chapterView, showsChapter } from '../model/chapters';
import { stepMs } from '../story-mode/motion';
import { statesFor, sameItem, itemExists, type ItemRef, type ItemStates } from '../model/selection';
import { activeInWindow, type ActiveItems } from '../model/time-window';

/** Who asked for a change: a view, the address bar, or the page itself. */
export type Origin = 'timeline' | 'graph' | 'list' | 'details' | 'url' | 'page' | 'story';

/** "Show this window": for every view that shows time, except the one that moved it. */
export interface WindowCommand {
  id: number;
  window: Span | null;
  origin: Origin;
  /** How long the view takes to get there, in ms; 0 or absent: at once. */
  ms?: number;
}

/**
 * "Frame these entities": the graph fits them in view (a story's step); none means its
 * default view. Ids come from the same counter as the other commands, so a view that gets a
 * reveal and a frame together can tell which came last.
 */
export interface FrameCommand {
  id: number;
  entities: readonly string[];
  origin: Origin;
  /** How long the graph takes to get there, in ms; 0: at once. */
  ms: number;
}

/** "Bring this item into view": every view that shows the item scrolls or pans to it. */
export interface RevealCommand {
  id: number;
  item: ItemRef;
  origin: Origin;
}

export class ReaderState {
  readonly story: IndexedStory;
  selection = $state<ItemRef | null>(null);
  hover = $state<ItemRef | null>(null);
  /** The time window shown; null means the whole story. */
  window = $state<Span | null>(null);
  /** Whether the window filters the graph. */
  filterByWindow = $state(true);
  /** The latest window command; views act on each new one once. */
  windowCommand = $state.raw<WindowCommand | null>(null);
  /** The latest reveal command; views act on each new one once. */
  revealCommand = $state.raw<RevealCommand | null>(null);
  /** The story's chapter the reader is on; null outside the story's steps. */
  chapter = $state<string | null>(null);
  /** The latest frame command, for the graph. */
  frameCommand = $state.raw<FrameCommand | null>(null);
  #commands = 0;

  readonly states: ItemStates = $derived.by(() => statesFor(this.story.index, this.selection));
  readonly hoverStates: ItemStates = $derived.by(() => statesFor(this.story.index, this.hover));
  /** Items active in the window, or null when nothing is filtered. */
  readonly active: ActiveItems | null = $derived.by(() =>
    this.filterByWindow && this.window ? activeInWindow(this.story.index, this.window) : null,
  );

  /** Whether the view is the chapter's own; false once the reader has explored from it. */
  readonly onChapter: boolean = $derived.by(() => {
    const chapter = chapterById(this.story.story, this.chapter);
    return chapter !== undefined && showsChapter(this, chapter);
  });

  constructor(story: IndexedStory) {
    this.story = story;
  }

  /**
   * Shows a chapter of the story: its selection, its window and its graph frame, all in one
   * step, moving the views over `ms` (a short time unless the reader asks for reduced motion).
   * An unknown id changes nothing; null leaves the story's steps and keeps the view as it is.
   */
  showChapter(id: string | null, origin: Origin = 'page', ms = stepMs()): void {
    const chapter = chapterById(this.story.story, id);
    if (id !== null && !chapter) return;
    this.chapter = id;
    if (!chapter) return;
    const view = chapterView(chapter);
    this.select(view.selection, origin);
    this.setWindow(view.window, origin, ms);
    this.frameCommand = { id: ++this.#commands, entities: view.focus, origin, ms };
  }

  /** Marks the chapter the reader is on without changing the view (a link that explored). */
  setChapter(id: string | null): void {
    if (id === null || chapterById(this.story.story, id)) this.chapter = id;
  }

  /** Selects an item (null clears); the other views bring it into view. */
  select(item: ItemRef | null, origin: Origin = 'page'): void {
    if (item && !itemExists(this.story.index, item)) return;
    if (sameItem(item, this.selection)) return;
    this.selection = item;
    if (item) this.revealCommand = { id: ++this.#commands, item, origin };
  }

  setHover(item: ItemRef | null): void {
    if (!sameItem(item, this.hover)) this.hover = item;
  }

  /** Sets the window (null: the whole story); the other views show it. */
  setWindow(window: Span | null, origin: Origin = 'page', ms = 0): void {
    const same = window?.start === this.window?.start && window?.end === this.window?.end;
    if (same) return;
    this.window = window;
    this.windowCommand = { id: ++this.#commands, window, origin, ms };
  }

  setFilterByWindow(on: boolean): void {
    this.filterByWindow = on;
  }

  clear(): void {
    this.selection = null;
  }
}
