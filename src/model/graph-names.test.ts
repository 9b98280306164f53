import { describe, expect, it } from 'vitest';
import { claimDescription, entityName, relationName } from './describe';
import { bundledStory } from './test-helpers';

const { story, index } = bundledStory();

describe('what a screen reader hears', () => {
  it('names a node by name, kind, role and number of relations', () => {
    const bukele = index.entityById.get('nayib-bukele')!;
    const n = index.relationsOfEntity.get('nayib-bukele')!.length;
    expect(entityName(bukele, index)).toBe(
      `Nayib Bukele, person, President of El Salvador, ${n} relations`,
    );
    const alone = story.entities.find((e) => !index.relationsOfEntity.has(e.id));
    if (alone) expect(entityName(alone, index)).toMatch(/, 0 relations$/);
    const body = story.entities.find((e) => e.kind === 'government-body')!;
    expect(entityName(body, index)).toContain(', government body');
  });

  it('reads a relation as a sentence, and a claim with who claims and who disputes it', () => {
    const relation = story.relations.find((r) => r.claim?.disputedBy?.length)!;
    const from = index.entityById.get(relation.from)!.name;
    const to = index.entityById.get(relation.to)!.name;
    expect(relationName(relation, index)).toBe(`${from} ${relation.label} ${to}`);
    const text = claimDescription(relation.claim, index);
    for (const id of [...relation.claim!.by, ...relation.claim!.disputedBy!]) {
      expect(text).toContain(index.entityById.get(id)!.name);
    }
    expect(text).toContain(relation.claim!.note);
    expect(claimDescription(undefined, index)).toBe('');
  });
});
