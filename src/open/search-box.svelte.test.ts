import { describe, expect, it } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import { en } from '../i18n/en';
import type { ItemRef } from '../model/selection';
import { validateStory } from '../model/validate';
import { runs } from './marks';
import { createSearch, wordsIn } from './search';
import { SearchBoxState } from './search-box.svelte';

function box() {
  const result = validateStory(miniStory());
  if (!result.ok) throw new Error('invalid story');
  const chosen: ItemRef[] = [];
  const state = new SearchBoxState(createSearch(result.story, result.index, en), (item) =>
    chosen.push(item),
  );
  return { state, chosen };
}

/** Presses each key in turn; after each, the id of the result reached (null for none). */
function press(state: SearchBoxState, keys: string[]): (string | null)[] {
  return keys.map((key) => {
    state.key({ key });
    return state.active < 0 ? null : state.options[state.active]!.id;
  });
}

describe('the search box, by the APG’s combobox', () => {
  it('shows the results of what is typed, grouped by kind, with none reached yet', () => {
    const { state } = box();
    state.type('ana');
    expect(state.showing).toBe(true);
    expect(state.active).toBe(-1);
    expect(state.groups.map((g) => [g.kind, g.options.map((o) => o.id), g.total])).toEqual([
      ['entity', ['ana'], 1],
      ['event', ['act-invoked', 'talks', 'meeting'], 3],
      ['relation', ['ana-invoked-act', 'ana-allied-with-ben'], 2],
    ]);
    // Sources are found by the search, but are nothing a view can select: they are left out.
    state.type('reference');
    expect(state.options).toEqual([]);
    expect(state.showing).toBe(false);
  });

  it('moves through every result with Down and Up, across groups, wrapping at both ends', () => {
    const { state } = box();
    state.type('ana');
    expect(press(state, ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'])).toEqual([
      'ana',
      'act-invoked',
      'talks',
      'meeting',
    ]);
    expect(press(state, ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp'])).toEqual([
      'ana-invoked-act',
      'ana-allied-with-ben',
      'ana',
      'ana-allied-with-ben',
      'ana-invoked-act',
    ]);
  });

  it('lets the caret keys go back to the text, then Up reaches the last result', () => {
    const { state } = box();
    state.type('ana');
    expect(press(state, ['ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'ArrowDown'])).toEqual([
      'ana',
      null,
      'ana-allied-with-ben',
      null,
      'ana',
    ]);
  });

  it('takes the result reached with Enter: its name in the box, the list closed, it selected', () => {
    const { state, chosen } = box();
    state.type('ANA');
    press(state, ['ArrowDown', 'ArrowDown']);
    expect(state.key({ key: 'Enter' })).toBe(true);
    expect(chosen).toEqual([{ kind: 'event', id: 'act-invoked' }]);
    expect(state.query).toBe('Ana invokes the Act');
    expect([state.expanded, state.active]).toEqual([false, -1]);
  });

  it('leaves Enter to the page when no result is reached', () => {
    const { state, chosen } = box();
    state.type('ana');
    expect(state.key({ key: 'Enter' })).toBe(false);
    expect(chosen).toEqual([]);
  });

  it('closes the list with Escape, then empties the box, then leaves Escape to the page', () => {
    const { state } = box();
    state.type('ben');
    state.key({ key: 'ArrowDown' });
    expect(state.key({ key: 'Escape' })).toBe(true);
    expect([state.showing, state.query]).toEqual([false, 'ben']);
    expect(state.key({ key: 'Escape' })).toBe(true);
    expect([state.showing, state.query]).toEqual([false, '']);
    expect(state.key({ key: 'Escape' })).toBe(false);
  });

  it('opens a closed list with Down at the first result, Up at the last, Alt+Down at none', () => {
    const { state } = box();
    state.type('ben');
    state.close();
    expect(press(state, ['ArrowDown'])).toEqual(['ben']);
    state.close();
    expect(press(state, ['ArrowUp'])).toEqual(['ana-allied-with-ben']);
    state.close();
    expect(state.key({ key: 'ArrowDown', altKey: true })).toBe(true);
    expect([state.showing, state.active]).toEqual([true, -1]);
  });

  it('leaves shortcuts with Ctrl or ⌘ to the browser', () => {
    const { state } = box();
    state.type('ben');
    expect(state.key({ key: 'ArrowDown', ctrlKey: true })).toBe(false);
    expect(state.key({ key: 'Escape', metaKey: true })).toBe(false);
    expect(state.active).toBe(-1);
  });
});

describe('the words found, marked', () => {
  it.each([
    [
      'Kilmar Ábrego García',
      'abrego',
      [
        ['Kilmar ', false],
        ['Ábrego', true],
        [' García', false],
      ],
    ],
    [
      'Kilmar Ábrego García',
      'GARCIA kil',
      [
        ['Kil', true],
        ['mar Ábrego ', false],
        ['García', true],
      ],
    ],
    [
      'CECOT holds Kilmar',
      'cecot',
      [
        ['CECOT', true],
        [' holds Kilmar', false],
      ],
    ],
    [
      'Ana and Ben hold talks',
      'an',
      [
        ['An', true],
        ['a ', false],
        ['an', true],
        ['d Ben hold talks', false],
      ],
    ],
    [
      'MS-13 and Tren de Aragua',
      'ms-13',
      [
        ['MS', true],
        ['-', false],
        ['13', true],
        [' and Tren de Aragua', false],
      ],
    ],
    ['Straße', 'strasse', [['Straße', true]]],
    ['nothing here', 'abrego', [['nothing here', false]]],
    [
      '<b>Ana</b>',
      'ana',
      [
        ['<b>', false],
        ['Ana', true],
        ['</b>', false],
      ],
    ],
  ] as [string, string, [string, boolean][]][])('in %j, for %j', (text, query, expected) => {
    expect(runs(text, wordsIn(text, query)).map((r) => [r.text, r.marked])).toEqual(expected);
  });

  it('marks each word found where it begins a word, and only there, for any text', () => {
    // Every run put back together is the text, whatever the query.
    for (const [text, query] of [
      ['Ábrego Ábrego', 'abr'],
      ['a😀b abc', 'ab'],
      ['ŁÓDŹ łódź', 'lodz'],
    ] as const) {
      const parts = runs(text, wordsIn(text, query));
      expect(parts.map((r) => r.text).join('')).toBe(text);
      expect(parts.filter((r) => r.marked).map((r) => r.text)).toEqual(
        { abr: ['Ábr', 'Ábr'], ab: ['ab'], lodz: ['ŁÓDŹ', 'łódź'] }[query],
      );
    }
  });
});
