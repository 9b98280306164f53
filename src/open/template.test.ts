import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SHEETS } from './columns';
import { sheetsToStory, storyToSheets } from './csv-story';

const FOLDER = 'public/template';
const files = readdirSync(FOLDER)
  .sort()
  .map((name) => ({ name, data: new Uint8Array(readFileSync(`${FOLDER}/${name}`)) }));

describe('the downloadable template (public/template)', () => {
  it('is one file per sheet', () => {
    expect(files.map((f) => f.name)).toEqual([
      'categories.csv',
      'comparisons.csv',
      'entities.csv',
      'events.csv',
      'relations.csv',
      'sources.csv',
      'story.csv',
      'terms.csv',
    ]);
    // The page's "Open a story…" dialog links to each of them.
    expect(TEMPLATE_SHEETS.map((s) => `${s}.csv`).sort()).toEqual(files.map((f) => f.name));
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
    expect(story.sources.map((s) => s.id)).toEqual(['report', 'other-report', 'ref']);
    expect(story.categories.map((c) => c.id)).toEqual(['law', 'talks']);
    expect(story.entities.map((e) => e.id)).toEqual(['ana', 'ben', 'the-act']);
    expect(story.events.map((e) => e.id)).toEqual([
      'meeting',
      'act-signed',
      'act-invoked',
      'talks',
    ]);
    expect(story.relations.map((r) => r.id)).toEqual(['ana-invoked-act', 'ana-allied-with-ben']);
    expect(story.events[0]).toEqual({
      id: 'meeting',
      title: 'Ana meets Ben',
      date: {
        start: '2025-04-14',
        time: '11:00',
        basis: 'inferred',
        note: 'The report says "on Monday" and "at 11 a.m.", local time.',
      },
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
    expect(story.events.slice(1).map((e) => e.date)).toEqual([
      {
        start: '1798-07-06',
        order: 1,
        basis: 'reference',
        note: 'The reference lists it first of the laws signed that day.',
      },
      { start: '2025-03', approximate: true, basis: 'stated' },
      {
        start: '2025-03-20',
        end: '2025-04-10',
        approximate: 'end',
        basis: 'stated',
        note: 'The report gives the first day; of the last it says only "days before the meeting".',
      },
    ]);
    expect(story.terms).toEqual([
      {
        id: 'invoke',
        term: 'invoke',
        forms: ['invokes', 'invoked'],
        definition:
          'To call on a law and use a power it gives. (A made-up example: replace it with the words your own story needs.)',
        sources: [{ source: 'ref', note: 'Says what invoking the Act allows.' }],
      },
    ]);
    expect(story.comparisons?.map((c) => [c.id, c.verdict, c.reports])).toEqual([
      [
        'meeting-day',
        'agree',
        [
          { source: 'report', quote: 'on Monday' },
          { source: 'other-report', quote: 'on Monday, April 14' },
        ],
      ],
      [
        'the-act',
        'one-only',
        [
          { source: 'report', quote: 'the old law lets her' },
          { source: 'other-report', note: 'Does not mention the Act.' },
        ],
      ],
    ]);
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
