/**
 * What a screen reader hears for each node and relation, and what the tooltip shows. Each
 * takes the graph's messages (useMessages().graph in a component); English by default.
 */
import { messages, type Messages } from '../i18n/messages';
import type { StoryIndex } from '../model/indexes';
import type { Claim, Entity, Relation } from '../model/schema';

type GraphMessages = Messages['graph'];

/** "Nayib Bukele, person, President of El Salvador, 9 relations" */
export function entityName(
  entity: Entity,
  index: StoryIndex,
  m: GraphMessages = messages.graph,
): string {
  const relations = index.relationsOfEntity.get(entity.id)?.length ?? 0;
  return m.entityName(entity.name, m.kinds[entity.kind], entity.role, relations);
}

/** Every entity's accessible name, by id. */
export function entityNames(
  entities: readonly Entity[],
  index: StoryIndex,
  m: GraphMessages = messages.graph,
): ReadonlyMap<string, string> {
  return new Map(entities.map((e) => [e.id, entityName(e, index, m)]));
}

/** "Donald Trump is President of United States" */
export function relationName(
  relation: Relation,
  index: StoryIndex,
  m: GraphMessages = messages.graph,
): string {
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  return m.relationName(name(relation.from), relation.label, name(relation.to));
}

/** Who claims it, who disputes it, its status and note; empty for a plain relation. */
export function claimDescription(
  claim: Claim | undefined,
  index: StoryIndex,
  m: GraphMessages = messages.graph,
): string {
  if (!claim) return '';
  const names = (ids: string[]) => m.list(ids.map((id) => index.entityById.get(id)?.name ?? id));
  const disputed = claim.disputedBy?.length ? names(claim.disputedBy) : undefined;
  return m.claim(m.claimStatus[claim.status], names(claim.by), disputed, claim.note);
}
