/**
 * Lookups the views need again and again (events of an entity, relations of an event, ...),
 * computed once when a story is loaded.
 */
import { parseIsoDate, spanOf, startOf, endOf } from './dates';
import type { Entity, Relation, Source, Category, Story, StoryEvent, Term } from './schema';
import { buildTermMatcher, type TermMatcher } from './terms';

export interface Span {
  start: number;
  end: number;
}

export interface StoryIndex {
  entityById: Map<string, Entity>;
  eventById: Map<string, StoryEvent>;
  relationById: Map<string, Relation>;
  sourceById: Map<string, Source>;
  categoryById: Map<string, Category>;
  termById: Map<string, Term>;
  /** Finds the glossary's terms in a text (see terms.ts). */
  termMatcher: TermMatcher;
  /**
   * Events sorted by start, then end, then (within a day) order, time and title: the reading
   * order of the story.
   */
  eventsInOrder: StoryEvent[];
  /** [start, end) of each event in UTC ms. */
  eventSpan: Map<string, Span>;
  /** When each relation held (its dates, else its events' span); open ends are ±Infinity. */
  relationSpan: Map<string, Span>;
  /** Event ids an entity takes part in, in date order. */
  eventsOfEntity: Map<string, string[]>;
  /** Relation ids an entity is an end of. */
  relationsOfEntity: Map<string, string[]>;
  /** Entity ids an event involves. */
  entitiesOfEvent: Map<string, string[]>;
  /** Relation ids that name the event in their `events`. */
  relationsOfEvent: Map<string, string[]>;
  /** Entity ids joined to an entity by a relation, either way. */
  neighboursOfEntity: Map<string, string[]>;
  /** The whole story's span, for a default time window. */
  extent: Span;
}

export interface IndexedStory {
  story: Story;
  index: StoryIndex;
  /**
   * The graph's layout file published beside a linked story, as read and not yet trusted: the
   * graph uses it only if it places every entity (src/open/layout-beside.ts).
   */
  layout?: unknown;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * When a relation held. Its own dates win (an open end runs on); without dates it held from
 * its first event to the end of its last, so that a window of 1941–1948 does not show a
 * deportation of 2025. With neither, it holds throughout (the validator warns of that).
 */
function relationSpanOf(relation: Relation, eventSpan: Map<string, Span>): Span {
  if (relation.start === undefined && relation.end === undefined) {
    const spans = (relation.events ?? []).flatMap((id) => eventSpan.get(id) ?? []);
    if (spans.length) {
      return {
        start: Math.min(...spans.map((s) => s.start)),
        end: Math.max(...spans.map((s) => s.end)),
      };
    }
  }
  const start = relation.start ? parseIsoDate(relation.start) : undefined;
  const end = relation.end ? parseIsoDate(relation.end) : undefined;
  return {
    start: start?.ok ? startOf(start.date) : -Infinity,
    end: end?.ok ? endOf(end.date) : Infinity,
  };
}

/** Within one span, a stated order first, then a time of day, then the title: "missing" last. */
function sameSpanOrder(a: StoryEvent, b: StoryEvent): number {
  const order = (e: StoryEvent) => e.date.order ?? Infinity;
  const time = (e: StoryEvent) => e.date.time ?? '~'; // '~' sorts after every "HH:MM"
  return (
    order(a) - order(b) ||
    (time(a) === time(b) ? 0 : time(a) < time(b) ? -1 : 1) ||
    a.title.localeCompare(b.title)
  );
}

/** Assumes a story that passed validation: every reference resolves and every date parses. */
export function buildIndex(story: Story): StoryIndex {
  const eventSpan = new Map(story.events.map((e) => [e.id, spanOf(e.date)]));
  const eventsInOrder = [...story.events].sort((a, b) => {
    const sa = eventSpan.get(a.id)!;
    const sb = eventSpan.get(b.id)!;
    return sa.start - sb.start || sa.end - sb.end || sameSpanOrder(a, b);
  });

  const eventsOfEntity = new Map<string, string[]>();
  const entitiesOfEvent = new Map<string, string[]>();
  for (const event of eventsInOrder) {
    entitiesOfEvent.set(event.id, []);
    for (const { id } of event.entities) {
      push(eventsOfEntity, id, event.id);
      push(entitiesOfEvent, event.id, id);
    }
  }

  const relationsOfEntity = new Map<string, string[]>();
  const relationsOfEvent = new Map<string, string[]>();
  const neighboursOfEntity = new Map<string, string[]>();
  for (const relation of story.relations) {
    push(relationsOfEntity, relation.from, relation.id);
    push(relationsOfEntity, relation.to, relation.id);
    push(neighboursOfEntity, relation.from, relation.to);
    push(neighboursOfEntity, relation.to, relation.from);
    for (const eventId of relation.events ?? []) push(relationsOfEvent, eventId, relation.id);
  }

  let start = Infinity;
  let end = -Infinity;
  for (const span of eventSpan.values()) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }

  return {
    entityById: byId(story.entities),
    eventById: byId(story.events),
    relationById: byId(story.relations),
    sourceById: byId(story.sources),
    categoryById: byId(story.categories),
    termById: byId(story.terms ?? []),
    termMatcher: buildTermMatcher(story.terms ?? []),
    eventsInOrder,
    eventSpan,
    relationSpan: new Map(story.relations.map((r) => [r.id, relationSpanOf(r, eventSpan)])),
    eventsOfEntity,
    relationsOfEntity,
    entitiesOfEvent,
    relationsOfEvent,
    neighboursOfEntity,
    extent: story.events.length ? { start, end } : { start: 0, end: 0 },
  };
}
