/** Which entities and relations are active in a time window: the graph as it stood then. */
import type { StoryIndex, Span } from './indexes';
import { overlaps } from './selection';

export interface ActiveItems {
  entities: Set<string>;
  relations: Set<string>;
  events: Set<string>;
}

/**
 * A relation is active when the period it held overlaps the window (undated relations hold
 * throughout). An entity is active when it takes part in an event in the window or is an end
 * of an active relation.
 */
export function activeInWindow(index: StoryIndex, window: Span): ActiveItems {
  const events = new Set<string>();
  const entities = new Set<string>();
  const relations = new Set<string>();
  for (const [id, span] of index.eventSpan) {
    if (!overlaps(span, window)) continue;
    events.add(id);
    index.entitiesOfEvent.get(id)?.forEach((e) => entities.add(e));
  }
  for (const [id, span] of index.relationSpan) {
    if (!overlaps(span, window)) continue;
    relations.add(id);
    const r = index.relationById.get(id)!;
    entities.add(r.from).add(r.to);
  }
  return { entities, relations, events };
}
