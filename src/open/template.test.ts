import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sheetsToStory, storyToSheets } from './csv-story';

const FOLDER = 'public/template';
const files = readdirSync(FOLDER)
  .sort()
  .map((name) => ({ name, data: new Uint8Array(readFileSync(`${FOLDER}/${name}`)) }));

describe('the downloadable template (public/template)', () => {
  it('is one file per sheet', () => {
    expect(files.map((f) => f.name)).toEqual([
      'categories.csv',
      'entities.csv',
      'events.csv',
      'relations.csv',
      'sources.csv',
      'story.csv',
    ]);
  });

  it('converts to a valid story with no warnings', () => {
    const result = sheetsToStory(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const { story } = result;
    expect([story.id, story.title, story.language, story.asOf]).toEqual([
      'a-mini-story',
      'A mini story',
      'en',
      '2025-04-14',
    ]);
    expect(story.sources.map((s) => s.id)).toEqual(['report', 'ref']);
    expect(story.categories.map((c) => c.id)).toEqual(['law', 'talks']);
    expect(story.entities.map((e) => e.id)).toEqual(['ana', 'ben', 'the-act']);
    expect(story.events.map((e) => e.id)).toEqual(['meeting', 'act-signed', 'act-invoked']);
    expect(story.relations.map((r) => r.id)).toEqual(['ana-invoked-act', 'ana-allied-with-ben']);
    expect(story.events[0]).toEqual({
      id: 'meeting',
      title: 'Ana meets Ben',
      date: { start: '2025-04-14', basis: 'inferred', note: 'The report says "on Monday".' },
      summary: 'The two presidents meet.',
      entities: [
        { id: 'ana', role: 'host' },
        { id: 'ben', role: 'guest' },
      ],
      category: 'talks',
      sources: [
        { source: 'report', quote: 'on Monday' },
        { source: 'ref', note: 'Gives the same day.' },
      ],
    });
  });

  it('is written exactly as the converter writes a story (so a download and the template agree)', () => {
    const result = sheetsToStory(files);
    const written = result.ok ? storyToSheets(result.story) : [];
    // TextDecoder drops the byte-order mark the files start with, so it is added back.
    const texts = files.map((f) => [f.name, '\uFEFF' + new TextDecoder().decode(f.data)]);
    expect(Object.fromEntries(written.map((s) => [s.name, s.text]))).toEqual(
      Object.fromEntries(texts),
    );
  });
});
