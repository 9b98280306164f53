import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

describe('the graph’s code', () => {
  it('keeps Cytoscape out of everything but src/graph', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (!path.endsWith(join('src', 'graph'))) walk(path);
        } else if (/from ['"]cytoscape/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(resolve('src'));
    expect(offenders).toEqual([]);
  });
});
