/** Stories for the graph benchmark at sizes the bundled data lacks. Deterministic. */
import type { Story } from '../../src/model/schema';
import { ENTITY_KINDS } from '../../src/graph/kinds';
import { seededRandom } from '../../src/graph/random';
import { scaledStory } from './generate-story';

/** `n` entities and `m` random relations between them, names and sources from `base`. */
export function randomGraphStory(base: Story, n: number, m: number): Story {
  const random = seededRandom(7);
  const pick = (k: number) => Math.floor(random() * k);
  const entities = Array.from({ length: n }, (_, i) => ({
    ...base.entities[i % base.entities.length]!,
    id: `entity-${i}`,
    name: `${base.entities[pick(base.entities.length)]!.name} ${i}`,
    kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!,
  }));
  const relations = Array.from({ length: m }, (_, i) => {
    const from = pick(n);
    const to = (from + 1 + pick(n - 1)) % n;
    return {
      ...base.relations[i % base.relations.length]!,
      id: `relation-${i}`,
      from: `entity-${from}`,
      to: `entity-${to}`,
      events: undefined,
      claim: undefined,
    };
  });
  return { ...base, id: `random-${n}-${m}`, entities, events: [], relations };
}

/** The graph bench's stories by size: the story, 10×, 1,000 / 3,000 and 3,400 / 5,000. */
export function benchGraphStory(base: Story, size: string): Story {
  if (size === '1000') return randomGraphStory(base, 1000, 3000);
  if (size === '3400') return randomGraphStory(base, 3400, 5000);
  return scaledStory(base, size === '10' ? 10 : 1);
}
