/**
 * What a selection means for every item: which events, entities and relations are the
 * selected one, related to it, or dimmed. Pure and computed from the story's indexes, so the
 * timeline, the graph and the lists all agree.
 */
import type { StoryIndex, Span } from './indexes';

export type ItemKind = 'event' | 'entity' | 'relation';
export interface ItemRef {
  kind: ItemKind;
  id: string;
}
export type ItemState = 'selected' | 'related' | 'dimmed' | 'default';

export interface ItemStates {
  events: ReadonlyMap<string, ItemState>;
  entities: ReadonlyMap<string, ItemState>;
  relations: ReadonlyMap<string, ItemState>;
}

export const NO_STATES: ItemStates = {
  events: new Map(),
  entities: new Map(),
  relations: new Map(),
};

/** The state of one item; items missing from the maps are 'default' (nothing selected). */
export function stateOf(map: ReadonlyMap<string, ItemState>, id: string): ItemState {
  return map.get(id) ?? 'default';
}

export function sameItem(a: ItemRef | null | undefined, b: ItemRef | null | undefined): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

export function itemExists(index: StoryIndex, item: ItemRef): boolean {
  if (item.kind === 'event') return index.eventById.has(item.id);
  if (item.kind === 'entity') return index.entityById.has(item.id);
  return index.relationById.has(item.id);
}

/** The ids each kind of item relates to, for a selected or hovered item. */
interface Related {
  events: Set<string>;
  entities: Set<string>;
  relations: Set<string>;
}

function relatedTo(index: StoryIndex, item: ItemRef): Related {
  const related: Related = { events: new Set(), entities: new Set(), relations: new Set() };
  if (item.kind === 'entity') {
    index.eventsOfEntity.get(item.id)?.forEach((id) => related.events.add(id));
    index.neighboursOfEntity.get(item.id)?.forEach((id) => related.entities.add(id));
    index.relationsOfEntity.get(item.id)?.forEach((id) => related.relations.add(id));
  } else if (item.kind === 'event') {
    index.entitiesOfEvent.get(item.id)?.forEach((id) => related.entities.add(id));
    index.relationsOfEvent.get(item.id)?.forEach((id) => related.relations.add(id));
  } else {
    const relation = index.relationById.get(item.id);
    if (relation) {
      related.entities.add(relation.from).add(relation.to);
      eventsOfRelation(index, item.id).forEach((id) => related.events.add(id));
    }
  }
  return related;
}

/**
 * The events tied to a relation: those it names, or, where it names none, the events of
 * either end that fall in the period the relation held.
 */
export function eventsOfRelation(index: StoryIndex, relationId: string): string[] {
  const relation = index.relationById.get(relationId);
  if (!relation) return [];
  if (relation.events?.length) return relation.events;
  const period = index.relationSpan.get(relationId)!;
  const ids = new Set([
    ...(index.eventsOfEntity.get(relation.from) ?? []),
    ...(index.eventsOfEntity.get(relation.to) ?? []),
  ]);
  return index.eventsInOrder
    .filter((e) => ids.has(e.id) && overlaps(index.eventSpan.get(e.id)!, period))
    .map((e) => e.id);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Full states for a selection: the item selected, what relates to it, the rest dimmed. */
export function statesFor(index: StoryIndex, item: ItemRef | null): ItemStates {
  if (!item || !itemExists(index, item)) return NO_STATES;
  const related = relatedTo(index, item);
  const fill = (ids: Iterable<string>, kind: ItemKind, relatedIds: Set<string>) => {
    const map = new Map<string, ItemState>();
    for (const id of ids) {
      map.set(
        id,
        item.kind === kind && item.id === id
          ? 'selected'
          : relatedIds.has(id)
            ? 'related'
            : 'dimmed',
      );
    }
    return map;
  };
  return {
    events: fill(index.eventById.keys(), 'event', related.events),
    entities: fill(index.entityById.keys(), 'entity', related.entities),
    relations: fill(index.relationById.keys(), 'relation', related.relations),
  };
}
