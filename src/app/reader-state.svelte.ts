/**
 * The one store of the reader's state: the selected item, the transient hover, the time window
 * and the filter toggle. Views read it and send intents; none talks to another view directly.
 *
 * A change that comes from outside a view (a link, a list click, a reset) reaches the views as
 * a command with an id, never as a prop they must tell apart from their own echo: each command
 * names the view it came from, and that view ignores it.
 */
import type { IndexedStory, Span } from '../model/indexes';
import { statesFor, sameItem, itemExists, type ItemRef, type ItemStates } from '../model/selection';
import { activeInWindow, type ActiveItems } from '../model/time-window';

/** Who asked for a change: a view, the address bar, or the page itself. */
export type Origin = 'timeline' | 'graph' | 'list' | 'details' | 'url' | 'page';

/** "Show this window": for every view that shows time, except the one that moved it. */
export interface WindowCommand {
  id: number;
  window: Span | null;
  origin: Origin;
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
  #commands = 0;

  readonly states: ItemStates = $derived.by(() => statesFor(this.story.index, this.selection));
  readonly hoverStates: ItemStates = $derived.by(() => statesFor(this.story.index, this.hover));
  /** Items active in the window, or null when nothing is filtered. */
  readonly active: ActiveItems | null = $derived.by(() =>
    this.filterByWindow && this.window ? activeInWindow(this.story.index, this.window) : null,
  );

  constructor(story: IndexedStory) {
    this.story = story;
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
  setWindow(window: Span | null, origin: Origin = 'page'): void {
    const same = window?.start === this.window?.start && window?.end === this.window?.end;
    if (same) return;
    this.window = window;
    this.windowCommand = { id: ++this.#commands, window, origin };
  }

  setFilterByWindow(on: boolean): void {
    this.filterByWindow = on;
  }

  clear(): void {
    this.selection = null;
  }
}
