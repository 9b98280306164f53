import { describe, expect, it } from 'vitest';
import { ReaderState } from './reader-state.svelte';
import { buildIndex } from '../model/indexes';
import { miniStoryWithChapters } from '../../tests/fixtures/mini-chapters';
import { STEP_MS } from '../story-mode/motion';

function reader() {
  const story = miniStoryWithChapters();
  return new ReaderState({ story, index: buildIndex(story) });
}

const MARCH = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };

describe('a chapter through the reader’s state', () => {
  it('sets the selection, the window and the graph’s frame in one step', () => {
    const r = reader();
    r.showChapter('the-invocation', 'story');
    expect(r.chapter).toBe('the-invocation');
    expect(r.selection).toEqual({ kind: 'relation', id: 'ana-invoked-act' });
    expect(r.window).toEqual(MARCH);
    expect(r.revealCommand).toEqual({
      id: 1,
      item: { kind: 'relation', id: 'ana-invoked-act' },
      origin: 'story',
    });
    // Both views move over the step's time (no reduced motion asked for here).
    expect(r.windowCommand).toEqual({ id: 2, window: MARCH, origin: 'story', ms: STEP_MS });
    expect(r.frameCommand).toEqual({
      id: 3,
      entities: ['ana', 'the-act'],
      origin: 'story',
      ms: STEP_MS,
    });
    expect(r.onChapter).toBe(true);
  });

  it('moves at once when asked to (a page opened on a chapter)', () => {
    const r = reader();
    r.showChapter('the-law', 'url', 0);
    expect(r.windowCommand?.ms).toBe(0);
    expect(r.frameCommand?.ms).toBe(0);
  });

  it('knows when the reader has explored away from the chapter', () => {
    const r = reader();
    r.showChapter('the-meeting');
    r.select({ kind: 'entity', id: 'ana' }, 'graph');
    expect(r.onChapter).toBe(false);
    r.select({ kind: 'entity', id: 'ben' }, 'graph');
    expect(r.onChapter).toBe(true);
    r.setWindow(null, 'timeline');
    expect(r.onChapter).toBe(false);
  });

  it('frames the default view for a chapter of text only, and clears the selection', () => {
    const r = reader();
    r.showChapter('the-law');
    r.showChapter('words-only');
    expect(r.selection).toBeNull();
    expect(r.window).toBeNull();
    expect(r.frameCommand?.entities).toEqual([]);
  });

  it('ignores an unknown chapter, and leaves the story with null, keeping the view', () => {
    const r = reader();
    r.showChapter('the-law');
    const frame = r.frameCommand;
    r.showChapter('nope');
    expect(r.chapter).toBe('the-law');
    r.showChapter(null);
    expect(r.chapter).toBeNull();
    expect(r.selection).toEqual({ kind: 'event', id: 'act-signed' });
    expect(r.frameCommand).toBe(frame);
    expect(r.onChapter).toBe(false);
  });

  it('marks a chapter without moving the views (a link that explored from it)', () => {
    const r = reader();
    r.setChapter('the-law');
    expect([r.chapter, r.selection, r.window, r.frameCommand]).toEqual([
      'the-law',
      null,
      null,
      null,
    ]);
    r.setChapter('nope');
    expect(r.chapter).toBe('the-law');
  });
});
