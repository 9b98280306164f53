/**
 * The one store of the reader's state: the selected item, the transient hover, and the time
 * window. Views read it and send intents; none talks to another view directly.
 */
import type { IndexedStory, Span } from '../model/indexes';
import { statesFor, sameItem, itemExists, type ItemRef, type ItemStates } from '../model/selection';
import { activeInWindow, type ActiveItems } from '../model/time-window';

export class ReaderState {
  readonly story: IndexedStory;
  selection = $state<ItemRef | null>(null);
  hover = $state<ItemRef | null>(null);
  /** The time window shown; null means the whole story. */
  window = $state<Span | null>(null);
  /** Whether the window filters the graph. */
  filterByWindow = $state(true);

  readonly states: ItemStates = $derived.by(() => statesFor(this.story.index, this.selection));
  readonly hoverStates: ItemStates = $derived.by(() => statesFor(this.story.index, this.hover));
  /** Items active in the window, or null when nothing is filtered. */
  readonly active: ActiveItems | null = $derived.by(() =>
    this.filterByWindow && this.window ? activeInWindow(this.story.index, this.window) : null,
  );

  constructor(story: IndexedStory) {
    this.story = story;
  }

  select(item: ItemRef | null): void {
    if (item && !itemExists(this.story.index, item)) return;
    if (!sameItem(item, this.selection)) this.selection = item;
  }

  setHover(item: ItemRef | null): void {
    if (!sameItem(item, this.hover)) this.hover = item;
  }

  setWindow(window: Span | null): void {
    const same = window?.start === this.window?.start && window?.end === this.window?.end;
    if (!same) this.window = window;
  }

  setFilterByWindow(on: boolean): void {
    this.filterByWindow = on;
  }

  clear(): void {
    this.selection = null;
  }
}
