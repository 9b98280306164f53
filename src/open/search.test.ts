import { describe, expect, it } from 'vitest';
import { bundledStory } from '../../tests/fixtures/bundled-story';
import { miniStory } from '../../tests/fixtures/mini-story';
import { en } from '../i18n/en';
import { validateStory } from '../model/validate';
import type { Story } from '../model/schema';
import { createSearch, type SearchGroup } from './search';

const { story, index } = bundledStory();
const search = createSearch(story, index, en);

const ids = (groups: SearchGroup[]) =>
  Object.fromEntries(groups.map((g) => [g.kind, g.results.map((r) => r.id)]));

function searchOf(s: Story) {
  const result = validateStory(s);
  if (!result.ok) throw new Error('invalid story');
  return createSearch(result.story, result.index, en);
}

describe('search over data/story.json', () => {
  it('finds Kilmar Abrego Garcia first among people by "abrego", whatever its case or accents', () => {
    const groups = search('abrego');
    expect(groups.map((g) => [g.kind, g.total])).toEqual([
      ['entity', 10],
      ['event', 11],
      ['relation', 15],
      ['source', 9],
    ]);
    expect(groups[0]!.results[0]).toEqual({
      kind: 'entity',
      id: 'kilmar-abrego-garcia',
      label: 'Kilmar Abrego Garcia',
      detail: 'person',
    });
    expect(search('ABREGO')).toEqual(groups);
    expect(search('Ábrego')).toEqual(groups);
  });

  it('builds its index in slices, and finds the same before the index is whole', () => {
    const sliced = createSearch(story, index, en);
    let budget = 3;
    // Three items made, of the story's 35 entities, 42 events, 55 relations and sources.
    expect(sliced.prepare(() => budget-- > 0)).toBe(false);
    expect(sliced('abrego')).toEqual(search('abrego'));
    expect(sliced.prepare(() => false)).toBe(true);
  });

  it('finds the CECOT facility, then the events that name it, each with its date', () => {
    const [entities, events] = search('CECOT');
    expect(entities!.results[0]).toEqual({
      kind: 'entity',
      id: 'cecot',
      label: 'CECOT',
      detail: 'facility',
    });
    // Titles first, then summaries, notes and quotes; each with its date as a reader sees it.
    expect(events!.results.map((r) => [r.id, r.detail])).toEqual([
      ['cecot-opens', 'about 2 February 2023'],
      ['deportation-flights-to-cecot', '15 March 2025 at 16:26'],
      ['abrego-garcia-deported-by-mistake', '15 March 2025'],
      ['bukele-very-low-fee-remark', '16 March 2025'],
      ['bukele-gang-crackdown', '27 March 2022'],
      ['bukele-offers-to-take-deportees', '3 February 2025'],
    ]);
    // The crackdown of 2022 names CECOT only in its note, which says it opened later.
    expect(events!.results[4]!.match).toEqual({
      field: 'note',
      text: 'CECOT, central to the crackdown today, opened only at…',
      start: 0,
      end: 5,
    });
  });

  it('finds a word that occurs only in a quote, and shows the quote with the word marked', () => {
    expect(ids(search('blitz'))).toEqual({
      entity: ['deportees-in-cecot'],
      event: ['deportation-flights-to-cecot'],
      relation: ['administration-deported-deportees'],
    });
    const event = search('blitz')[1]?.results[0];
    expect(event).toEqual({
      kind: 'event',
      id: 'deportation-flights-to-cecot',
      label: 'Deportation flights to CECOT in El Salvador',
      detail: '15 March 2025 at 16:26',
      match: {
        field: 'quote',
        text: '…over 250 migrants there in a rapid deportation blitz that came just hours after he invoked a rarely…',
        start: 48,
        end: 53,
      },
    });
  });

  it('shows a relation as its sentence, with its period', () => {
    const relations = search('cecot holds kilmar').find((g) => g.kind === 'relation');
    expect(relations?.results).toEqual([
      {
        kind: 'relation',
        id: 'cecot-holds-kilmar',
        label: 'CECOT holds Kilmar Abrego Garcia',
        detail: 'from 15 March 2025',
      },
    ]);
  });

  it('marks a query of several words where they follow each other', () => {
    const events = search('ms-13').find((g) => g.kind === 'event')!.results;
    // The designation has "MS-13" in its title; the count of the men, in its summary.
    expect(events[0]!.id).toBe('fto-designation-tda-ms13');
    expect(events[0]!.match).toBeUndefined();
    expect(events[1]).toMatchObject({ id: 'march-deportees-counted', match: { field: 'summary' } });
    const { text, start, end } = events[1]!.match!;
    expect(text.slice(start, end)).toBe('MS-13');
  });
});

describe('search, by its rules', () => {
  it('ignores case and accents on both sides, and letters such as ß and ø', () => {
    const s = miniStory();
    s.entities[0]!.name = 'Ána Ñúñez-Straße';
    s.entities[1]!.name = 'Bjørn';
    const find = searchOf(s);
    const ana = { entity: ['ana'], relation: ['ana-invoked-act', 'ana-allied-with-ben'] };
    expect(ids(find('nunez'))).toEqual(ana);
    expect(ids(find('NÚÑEZ strasse'))).toEqual(ana);
    expect(ids(find('bjorn'))).toEqual({ entity: ['ben'], relation: ['ana-allied-with-ben'] });
  });

  it('wants every word to begin a word of the item, and nothing for an empty query', () => {
    const find = searchOf(miniStory());
    expect(ids(find('ana act'))).toEqual({
      event: ['act-invoked'],
      relation: ['ana-invoked-act'],
    });
    expect(ids(find('nvoke'))).toEqual({});
    expect(find('   ')).toEqual([]);
  });

  it('puts a match in the name before one in the summary or a quote, and counts beyond the limit', () => {
    const find = searchOf(miniStory());
    // "ana" is the name of one entity, and in the quote "Ana said" of the same; the events
    // "Ana invokes the Act", "Ana and Ben hold talks" and "Ana meets Ben" come in date order.
    expect(find('ana', 1)).toEqual([
      {
        kind: 'entity',
        total: 1,
        results: [{ kind: 'entity', id: 'ana', label: 'Ana', detail: 'person' }],
      },
      {
        kind: 'event',
        total: 3,
        results: [
          {
            kind: 'event',
            id: 'act-invoked',
            label: 'Ana invokes the Act',
            detail: 'about March 2025',
          },
        ],
      },
      {
        kind: 'relation',
        total: 2,
        results: [
          {
            kind: 'relation',
            id: 'ana-invoked-act',
            label: 'Ana invoked The Act',
            detail: 'from March 2025',
          },
        ],
      },
    ]);
  });
});
