import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, windowParams, hrefFor } from './url-state';
import { buildIndex } from './indexes';
import { miniStory } from '../../tests/fixtures/mini-story';
import { miniStoryWithChapters } from '../../tests/fixtures/mini-chapters';
import { en } from '../i18n/en';

const index = buildIndex(miniStory());

describe('the reader’s state in the address bar', () => {
  it('opens with the entity, event or relation the link names', () => {
    expect(parseUrlState('?entity=ana', index, en).state.selection).toEqual({
      kind: 'entity',
      id: 'ana',
    });
    expect(parseUrlState('?event=meeting', index, en).state.selection).toEqual({
      kind: 'event',
      id: 'meeting',
    });
    expect(parseUrlState('?relation=ana-invoked-act', index, en).state.selection).toEqual({
      kind: 'relation',
      id: 'ana-invoked-act',
    });
  });

  it('ignores an unknown id with a notice that names it', () => {
    const { state, notices } = parseUrlState('?entity=nobody', index, en);
    expect(state.selection).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('“nobody”');
  });

  it('reads from and to as whole days, months or years', () => {
    const { state } = parseUrlState('?from=2025-03&to=2025-03', index, en);
    expect(new Date(state.window!.start).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(new Date(state.window!.end).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('opens a window with one end at the story’s edge', () => {
    const { state } = parseUrlState('?from=2025-04-01', index, en);
    expect(state.window!.end).toBe(index.extent.end);
  });

  it('ignores a bad or backwards date with a notice', () => {
    for (const q of ['?from=2025-02-30', '?from=April&to=2025-04', '?from=2025-04&to=2025-03']) {
      const { state, notices } = parseUrlState(q, index, en);
      expect(state.window, q).toBeNull();
      expect(notices, q).toHaveLength(1);
    }
  });

  it('writes the state back, keeping parameters it does not own', () => {
    const window = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };
    const q = serializeUrlState(
      { selection: { kind: 'entity', id: 'ana' }, window, filterByWindow: false },
      '?embed=1&entity=ben',
    );
    expect(q).toBe('?embed=1&entity=ana&from=2025-03-01&to=2025-03-31&filter=off');
    expect(parseUrlState(q, index, en).state).toEqual({
      selection: { kind: 'entity', id: 'ana' },
      window,
      filterByWindow: false,
      chapter: null,
    });
  });

  it('writes nothing for the default view', () => {
    expect(serializeUrlState({ selection: null, window: null, filterByWindow: true })).toBe('');
  });

  it('names a window by the days it covers', () => {
    expect(windowParams({ start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) })).toEqual({
      from: '2025-04-14',
      to: '2025-04-14',
    });
  });

  it('links to an item with its id escaped', () => {
    expect(hrefFor({ kind: 'event', id: 'a-b' })).toBe('?event=a-b');
  });

  it('links to an item in the same story and language, and nothing else of the view', () => {
    const search = '?story=my%2Fstory.json&lang=es&entity=ana&from=2025-03&chapter=the-law&present';
    expect(hrefFor({ kind: 'event', id: 'meeting' }, search)).toBe(
      '?story=my%2Fstory.json&lang=es&event=meeting',
    );
    expect(hrefFor({ kind: 'entity', id: 'ben' }, '?lang=es')).toBe('?lang=es&entity=ben');
  });
});

describe('a chapter of the story in the address bar', () => {
  const story = miniStoryWithChapters();
  const storyIndex = buildIndex(story);
  const chapters = story.chapters!;
  const parse = (q: string) => parseUrlState(q, storyIndex, en, chapters);

  it('opens a chapter alone with its own selection and window', () => {
    expect(parse('?chapter=the-law')).toEqual({
      state: {
        selection: { kind: 'event', id: 'act-signed' },
        window: { start: Date.UTC(1798, 0, 1), end: Date.UTC(1799, 0, 1) },
        filterByWindow: true,
        chapter: 'the-law',
      },
      notices: [],
    });
  });

  it('opens a chapter with a view of its own as the view the reader explored to', () => {
    expect(parse('?chapter=the-law&entity=ben').state).toEqual({
      selection: { kind: 'entity', id: 'ben' },
      window: null,
      filterByWindow: true,
      chapter: 'the-law',
    });
  });

  it('ignores an unknown chapter with a notice that names it', () => {
    const { state, notices } = parse('?chapter=the-lwa&entity=ana');
    expect(state.chapter).toBeNull();
    expect(state.selection).toEqual({ kind: 'entity', id: 'ana' });
    expect(notices).toEqual([
      'No chapter of this story has the id the link gives (the link’s text: “the-lwa”), so the story opens as a whole.',
    ]);
  });

  it('writes only the chapter for its own view, and the view once the reader explores', () => {
    const law = parse('?chapter=the-law').state;
    expect(serializeUrlState(law, '?embed', chapters)).toBe('?embed=&chapter=the-law');
    expect(
      serializeUrlState({ ...law, selection: { kind: 'entity', id: 'ana' } }, '', chapters),
    ).toBe('?chapter=the-law&entity=ana&from=1798-01-01&to=1798-12-31');
    expect(serializeUrlState({ ...law, chapter: null }, '?chapter=the-law', chapters)).toBe(
      '?event=act-signed&from=1798-01-01&to=1798-12-31',
    );
  });

  it('reads back every view it writes, on every chapter (all selections × windows)', () => {
    const items = [
      null,
      ...story.entities.map((e) => ({ kind: 'entity' as const, id: e.id })),
      ...story.events.map((e) => ({ kind: 'event' as const, id: e.id })),
      ...story.relations.map((r) => ({ kind: 'relation' as const, id: r.id })),
    ];
    // The whole story, 1798, March 2025 and 14 April 2025.
    const windows = [
      null,
      ...chapters.slice(0, 3).map((c) => parse(`?chapter=${c.id}`).state.window),
    ];
    let checked = 0;
    for (const chapter of [null, ...chapters.map((c) => c.id)])
      for (const selection of items)
        for (const window of windows) {
          const state = { selection, window, filterByWindow: true, chapter };
          // A chapter with nothing selected and no window is written as the chapter alone,
          // which opens the chapter's own view: the one view a link cannot tell apart.
          if (chapter && !selection && !window) continue;
          const search = serializeUrlState(state, '', chapters);
          expect(parse(search).state, search).toEqual(state);
          checked++;
        }
    expect(checked).toBe(5 * 10 * 4 - 4);
  });
});

describe('a notice quotes only a short excerpt of the link’s text', () => {
  it('cuts a long id to 40 characters and an ellipsis, and says it is the link’s text', () => {
    const long = 'BREAKING: the president has resigned. '.repeat(2_700);
    const { notices } = parseUrlState(`?entity=${encodeURIComponent(long)}`, index, en);
    expect(notices).toEqual([
      'No entity of this story has the id the link gives (the link’s text: “BREAKING: the president has resigned. BR…”), so nothing is selected.',
    ]);
  });

  it('puts line breaks and invisible characters of the link on one plain line', () => {
    const { notices } = parseUrlState('?from=20\n25%E2%80%AE-03', index, en);
    expect(notices).toEqual([
      'The link’s “from” is not a date like 2025-03 or 2025-04-14 (the link’s text: “20 25 -03”), so the whole story is shown.',
    ]);
  });

  it('names the story’s own end when a link’s window starts after it', () => {
    const { notices } = parseUrlState('?from=3000', index, en);
    expect(notices).toEqual([
      'The link’s window ends (2025-04-14) before it starts (3000), so the whole story is shown.',
    ]);
  });
});
