/** Stories for the graph benchmark at sizes the bundled data lacks. Deterministic. */
import type { Story } from '../../src/model/schema';
import { ENTITY_KINDS } from '../../src/graph/kinds';
import { seededRandom } from '../../src/graph/random';

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
