import { describe, expect, it } from 'vitest';
import { claimDescription, entityName, entityNames, relationName } from './sentences';
import { buildIndex } from './indexes';
import { miniStory } from '../../tests/fixtures/mini-story';
import { en } from '../i18n/en';

const story = miniStory();
const index = buildIndex(story);
const entity = (id: string) => index.entityById.get(id)!;
const relation = (id: string) => index.relationById.get(id)!;

describe('what a screen reader hears in the graph', () => {
  it('names a node by name, kind, role and number of relations', () => {
    expect(entityName(entity('ana'), index, en.graph)).toBe('Ana, person, 2 relations');
    expect(entityName(entity('the-act'), index, en.graph)).toBe('The Act, law, 1 relation');
    expect(Object.fromEntries(entityNames(story.entities, index, en.graph))).toEqual({
      ana: 'Ana, person, 2 relations',
      ben: 'Ben, person, 1 relation',
      'the-act': 'The Act, law, 1 relation',
    });
  });

  it('reads a relation as a sentence', () => {
    expect(relationName(relation('ana-invoked-act'), index, en.graph)).toBe('Ana invoked The Act');
    expect(relationName(relation('ana-allied-with-ben'), index, en.graph)).toBe(
      'Ana allied with Ben',
    );
  });

  it('reads a claim with its status, who makes it and who disputes it', () => {
    expect(claimDescription(relation('ana-allied-with-ben').claim, index, en.graph)).toBe(
      'A claim, asserted by one side. Claimed by Ana. Ana says so.',
    );
    expect(claimDescription(index.eventById.get('act-invoked')!.claim, index, en.graph)).toBe(
      'A claim, disputed. Claimed by Ana. Disputed by Ben. Ben disagrees.',
    );
    expect(claimDescription(undefined, index, en.graph)).toBe('');
  });
});
