import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, windowParams, hrefFor } from './url-state';
import { buildIndex } from './indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

const index = buildIndex(miniStory());

describe('the reader’s state in the address bar', () => {
  it('opens with the entity, event or relation the link names', () => {
    expect(parseUrlState('?entity=ana', index).state.selection).toEqual({
      kind: 'entity',
      id: 'ana',
    });
    expect(parseUrlState('?event=meeting', index).state.selection).toEqual({
      kind: 'event',
      id: 'meeting',
    });
    expect(parseUrlState('?relation=ana-invoked-act', index).state.selection).toEqual({
      kind: 'relation',
      id: 'ana-invoked-act',
    });
  });

  it('ignores an unknown id with a notice that names it', () => {
    const { state, notices } = parseUrlState('?entity=nobody', index);
    expect(state.selection).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('“nobody”');
  });

  it('reads from and to as whole days, months or years', () => {
    const { state } = parseUrlState('?from=2025-03&to=2025-03', index);
    expect(new Date(state.window!.start).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(new Date(state.window!.end).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('opens a window with one end at the story’s edge', () => {
    const { state } = parseUrlState('?from=2025-04-01', index);
    expect(state.window!.end).toBe(index.extent.end);
  });

  it('ignores a bad or backwards date with a notice', () => {
    for (const q of ['?from=2025-02-30', '?from=April&to=2025-04', '?from=2025-04&to=2025-03']) {
      const { state, notices } = parseUrlState(q, index);
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
    expect(parseUrlState(q, index).state).toEqual({
      selection: { kind: 'entity', id: 'ana' },
      window,
      filterByWindow: false,
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
});
