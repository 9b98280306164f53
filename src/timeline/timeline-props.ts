import type { Category, StoryEvent } from '../model/schema';
import type { Span } from '../model/indexes';
import type { ItemState } from '../model/selection';
import type { RevealCommand, WindowCommand } from '../app/reader-state.svelte';

/** The timeline's whole interface: the reader's state in, intents out. It knows no graph. */
export interface TimelineProps {
  /** Events in date order. */
  events: StoryEvent[];
  categories: Category[];
  spans: ReadonlyMap<string, Span>;
  /** data-state of each event, from the selection; missing means 'default'. */
  states: ReadonlyMap<string, ItemState>;
  /** The same from the transient hover, shown lightly. */
  hoverStates?: ReadonlyMap<string, ItemState>;
  /** "Show this window" from outside the timeline (a link, a reset); each new one once. */
  windowCommand?: WindowCommand | null;
  /** "Bring this item into view" from another view; the timeline pans to an event. */
  revealCommand?: RevealCommand | null;
  /** At most this many rows of marks per lane (fewer on short screens). */
  maxRows?: number;
  /** Tighter rows and lanes, for short screens where the graph needs the height. */
  dense?: boolean;
  onselect: (id: string | null) => void;
  onhover: (id: string | null) => void;
  /** The shown window after a zoom or pan settles; null at the default view. */
  onwindowchange?: (window: Span | null) => void;
}
