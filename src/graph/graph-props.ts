import type { Story } from '../model/schema';
import type { StoryIndex } from '../model/indexes';
import type { ItemRef, ItemStates } from '../model/selection';
import type { ActiveItems } from '../model/time-window';
import type { RevealCommand } from '../app/reader-state.svelte';

/** The graph's whole interface: the reader's state in, intents out. It knows no other view. */
export interface GraphProps {
  story: Story;
  index: StoryIndex;
  /** States from the selection (data-state of each node and edge). */
  states: ItemStates;
  /** States from the transient hover, shown lightly; empty maps when nothing is hovered. */
  hoverStates: ItemStates;
  /** Items active in the time window; null when the graph is not filtered by time. */
  active: ActiveItems | null;
  /** "Bring this item into view" from another view; the graph pans to an entity or relation. */
  revealCommand?: RevealCommand | null;
  onselect: (item: ItemRef | null) => void;
  onhover: (item: ItemRef | null) => void;
}
