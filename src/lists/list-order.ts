/**
 * The order of the side panel's lists and the name each row reads as, written once: the lists
 * draw their rows from these, and type-ahead searches the same names in the same order (a long
 * list draws only some of its rows, so type-ahead cannot read them from the page).
 */
import type { IndexedStory } from '../model/indexes';
import type { Entity, EntityKind, Relation } from '../model/schema';
import { ENTITY_KINDS } from '../model/vocabulary';
import type { Messages } from '../i18n/messages';

export interface ListRow {
  id: string;
  /** What the row's title says, and what type-ahead matches. */
  name: string;
}

/** Events in date order, named by their titles. */
export function eventRows(story: IndexedStory): ListRow[] {
  return story.index.eventsInOrder.map((e) => ({ id: e.id, name: e.title }));
}

/** Entities by kind, in the kinds' order, each kind by name; kinds with none are left out. */
export function entityGroups(story: IndexedStory): { kind: EntityKind; entities: Entity[] }[] {
  return ENTITY_KINDS.map((kind) => ({
    kind,
    entities: story.story.entities
      .filter((e) => e.kind === kind)
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.entities.length);
}

export function entityRows(story: IndexedStory): ListRow[] {
  return entityGroups(story).flatMap((g) => g.entities.map((e) => ({ id: e.id, name: e.name })));
}

/** An entity's name by id (the id itself if the story has no such entity). */
const nameIn = (story: IndexedStory) => (id: string) => story.index.entityById.get(id)?.name ?? id;

/** Relations by who, then to whom: the order a reader scans (and types ahead) in. */
export function relationsInOrder(story: IndexedStory): Relation[] {
  const name = nameIn(story);
  return [...story.story.relations].sort(
    (a, b) => name(a.from).localeCompare(name(b.from)) || name(a.to).localeCompare(name(b.to)),
  );
}

/** A relation's row title: "Ana invoked The Act". */
export function relationTitle(story: IndexedStory, r: Relation, m: Messages): string {
  const name = nameIn(story);
  return m.relationSentence(name(r.from), r.label, name(r.to));
}

export function relationRows(story: IndexedStory, m: Messages): ListRow[] {
  return relationsInOrder(story).map((r) => ({ id: r.id, name: relationTitle(story, r, m) }));
}
