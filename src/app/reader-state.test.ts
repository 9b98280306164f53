import { describe, expect, it } from 'vitest';
import { ReaderState } from './reader-state.svelte';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

function reader() {
  const story = miniStory();
  return new ReaderState({ story, index: buildIndex(story) });
}

const entries = (m: ReadonlyMap<string, string>) => Object.fromEntries(m);

describe('the reader’s state', () => {
  it('marks the selected entity, what relates to it, and dims the rest', () => {
    const r = reader();
    r.select({ kind: 'entity', id: 'ben' });
    expect(entries(r.states.entities)).toEqual({
      ana: 'related',
      ben: 'selected',
      'the-act': 'dimmed',
    });
    expect(entries(r.states.events)).toEqual({
      meeting: 'related',
      'act-signed': 'dimmed',
      'act-invoked': 'dimmed',
      talks: 'related',
    });
    expect(entries(r.states.relations)).toEqual({
      'ana-invoked-act': 'dimmed',
      'ana-allied-with-ben': 'related',
    });
  });

  it('marks an event’s people and a relation’s ends and events', () => {
    const r = reader();
    r.select({ kind: 'event', id: 'act-invoked' });
    expect(entries(r.states.entities)).toEqual({
      ana: 'related',
      ben: 'dimmed',
      'the-act': 'related',
    });
    r.select({ kind: 'relation', id: 'ana-invoked-act' });
    expect(entries(r.states.events)).toEqual({
      meeting: 'dimmed',
      'act-signed': 'dimmed',
      'act-invoked': 'related',
      talks: 'dimmed',
    });
    expect(r.states.relations.get('ana-invoked-act')).toBe('selected');
  });

  it('ignores an unknown item and keeps the selection it had', () => {
    const r = reader();
    r.select({ kind: 'entity', id: 'ana' });
    r.select({ kind: 'entity', id: 'nobody' });
    expect(r.selection).toEqual({ kind: 'entity', id: 'ana' });
  });

  it('sends one reveal command per new selection, naming the view it came from', () => {
    const r = reader();
    r.select({ kind: 'entity', id: 'ana' }, 'list');
    const first = r.revealCommand;
    expect(first).toMatchObject({ item: { kind: 'entity', id: 'ana' }, origin: 'list' });
    r.select({ kind: 'entity', id: 'ana' }, 'graph');
    expect(r.revealCommand).toBe(first);
    r.select({ kind: 'event', id: 'meeting' }, 'timeline');
    expect(r.revealCommand).toMatchObject({ item: { kind: 'event', id: 'meeting' } });
    expect(r.revealCommand!.id).toBeGreaterThan(first!.id);
    r.select(null, 'page');
    expect(r.selection).toBeNull();
    expect(r.revealCommand!.item).toEqual({ kind: 'event', id: 'meeting' });
  });

  it('owns the window: one command per change, none for the same window', () => {
    const r = reader();
    const march = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };
    r.setWindow(march, 'url');
    const first = r.windowCommand;
    expect(first).toMatchObject({ window: march, origin: 'url' });
    r.setWindow({ ...march }, 'timeline');
    expect(r.windowCommand).toBe(first);
    r.setWindow(null, 'page');
    expect(r.window).toBeNull();
    expect(r.windowCommand).toMatchObject({ window: null, origin: 'page' });
  });

  it('filters the graph to who was connected in the window, unless the filter is off', () => {
    const r = reader();
    expect(r.active).toBeNull();
    r.setWindow({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    expect([...r.active!.entities].sort()).toEqual(['ana', 'ben', 'the-act']);
    expect([...r.active!.events]).toEqual(['act-invoked', 'talks']);
    expect([...r.active!.relations].sort()).toEqual(['ana-allied-with-ben', 'ana-invoked-act']);
    r.setWindow({ start: Date.UTC(1798, 0, 1), end: Date.UTC(1799, 0, 1) });
    // An undated relation holds throughout, so its two ends stay in the graph of 1798.
    expect([...r.active!.entities].sort()).toEqual(['ana', 'ben', 'the-act']);
    expect([...r.active!.events]).toEqual(['act-signed']);
    expect([...r.active!.relations]).toEqual(['ana-allied-with-ben']);
    r.setFilterByWindow(false);
    expect(r.active).toBeNull();
  });
});
