import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTranslation } from '../../src/model/translation';
import { bundledStory } from '../fixtures/bundled-story';

const { story } = bundledStory();
const result = validateTranslation(
  story,
  JSON.parse(readFileSync(resolve('data/story.es.json'), 'utf8')),
);
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
const spanish = result.story;

/** A story's facts, every text left out: ids, dates, links between items and the quotes. */
const facts = (s: typeof story) => ({
  ids: [s.sources, s.categories, s.entities, s.events, s.relations].map((l) => l.map((x) => x.id)),
  dates: s.events.map((e) => ({ ...e.date, note: undefined })),
  links: s.relations.map((r) => [r.from, r.to, r.start, r.end, r.events, r.claim?.status]),
  quotes: s.events.flatMap((e) => e.sources.map((c) => c.quote ?? c.source)),
  kinds: s.entities.map((e) => e.kind),
  chapters: s.chapters?.map((c) => [c.id, c.select, c.window, c.graphFocus]),
});

describe('data/story.es.json', () => {
  it('translates every item of the story, and names nothing the story lacks', () => {
    expect(result.ok).toBe(true);
  });

  it('changes no fact: the same ids, dates, links and quotes as the English story', () => {
    expect(facts(spanish)).toEqual(facts(story));
  });

  it('keeps the names of people, and the names the Spanish-language press uses', () => {
    const name = (id: string) => spanish.entities.find((e) => e.id === id)?.name;
    const people = story.entities.filter(
      (e) => e.kind === 'person' && e.id !== 'us-immigration-judge',
    );
    expect(people.map((e) => name(e.id))).toEqual(people.map((e) => e.name));
    expect(
      ['alien-enemies-act', 'tren-de-aragua', 'cecot', 'ms-13', 'white-house'].map(name),
    ).toEqual(['Ley de Enemigos Extranjeros', 'Tren de Aragua', 'CECOT', 'MS-13', 'Casa Blanca']);
    const terms = spanish.terms?.map((t) => t.term);
    expect(terms).toContain('remesas');
    expect(spanish.categories.map((c) => c.label)).toContain('Comercio y economía');
    expect(spanish.entities.find((e) => e.id === 'cecot')?.description).toContain(
      'Centro de Confinamiento del Terrorismo',
    );
  });

  it('keeps every name on the graph as short as the English ones (at most 40 characters)', () => {
    const long = spanish.entities.filter((e) => (e.shortName ?? e.name).length > 40);
    expect(long.map((e) => e.id)).toEqual([]);
  });
});
