import type { Category, StoryEvent } from '../model/schema';
import type { Span } from '../model/indexes';
import type { ItemState } from '../model/selection';
import type { RevealCommand, WindowCommand } from '../app/reader-state.svelte';

/** The timeline's whole interface: the reader's state in, intents out. It knows no graph. */
export interface TimelineProps {
  /** Events in date order. */
  events: StoryEvent[];
  /** The story's categories, one lane each, in the order drawn. */
  categories: Category[];
  /** Each event's span in time (UTC ms), by id. */
  spans: ReadonlyMap<string, Span>;
  /** data-state of each event, from the selection; missing means 'default'. */
  states: ReadonlyMap<string, ItemState>;
  /** The same from the transient hover, shown lightly. */
  hoverStates?: ReadonlyMap<string, ItemState>;
  /** "Show this window" from elsewhere (a link, a reset): each new one once, its own never. */
  windowCommand?: WindowCommand | null;
  /** "Bring this item into view" from another view; the timeline pans to an event out of view. */
  revealCommand?: RevealCommand | null;
  /** At most this many rows of marks per lane (fewer on short screens). */
  maxRows?: number;
  /** Tighter rows and lanes, for short screens where the graph needs the height. */
  dense?: boolean;
  /** The reader picked an event (null: cleared the selection). */
  onselect: (id: string | null) => void;
  /** The pointer is over an event (null: over none). */
  onhover: (id: string | null) => void;
  /** The window shown, when a gesture ends or at once after a key or button; null: all of it. */
  onwindowchange?: (window: Span | null) => void;
}
