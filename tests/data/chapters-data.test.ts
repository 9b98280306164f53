import { describe, expect, it } from 'vitest';
import { bundledStory } from '../fixtures/bundled-story';

const { story } = bundledStory();
const chapters = story.chapters ?? [];

/** Every quote the dataset cites outside its chapters, as "source: quote". */
const quoted = new Set(
  [
    ...[...story.entities, ...story.events, ...story.relations, ...(story.terms ?? [])].flatMap(
      (x) => x.sources,
    ),
    ...(story.comparisons ?? []).flatMap((c) => c.reports),
  ].flatMap((c) => (c.quote === undefined ? [] : [`${c.source}: ${c.quote}`])),
);

describe('the story’s chapters (data/story.json)', () => {
  it('tell the story in nine steps, in this order', () => {
    expect(chapters.map((c) => c.title)).toEqual([
      'The law of 1798',
      'Its wartime uses',
      'The March invocation',
      'The flights to CECOT',
      'The fee',
      'Abrego Garcia',
      'The courts',
      'The Monday meeting',
      'Trade and money',
    ]);
  });

  it('say each step in two to four sentences', () => {
    for (const c of chapters) {
      const sentences = c.text.split(/(?<=[.?!]["”]?)\s+(?=[A-Z"“])/);
      expect(sentences.length, c.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, c.id).toBeLessThanOrEqual(4);
    }
  });

  it('quote only words the dataset already cites from the same source, so each was checked', () => {
    const fresh = chapters.flatMap((c) =>
      c.sources.flatMap((s) =>
        s.quote !== undefined && !quoted.has(`${s.source}: ${s.quote}`)
          ? [`${c.id}: ${s.quote}`]
          : [],
      ),
    );
    expect(fresh).toEqual([]);
  });

  it('give a note instead of a quote only for a public reference', () => {
    const notes = chapters.flatMap((c) =>
      c.sources.filter((s) => s.quote === undefined).map((s) => s.source),
    );
    expect(notes).toEqual(['ref-alien-enemies-act', 'ref-trump-v-jgg']);
    for (const id of notes) expect(story.sources.find((s) => s.id === id)?.kind).toBe('reference');
  });

  it('select, window and frame each step', () => {
    expect(chapters.every((c) => c.select && c.window && c.graphFocus?.length)).toBe(true);
  });
});
