import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ReaderState } from './reader-state.svelte';
import { syncWithUrl } from './url-sync.svelte';
import { buildIndex } from '../model/indexes';
import { miniStoryWithChapters } from '../../tests/fixtures/mini-chapters';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  history.replaceState(null, '', '/');
});

function open(search: string) {
  history.replaceState(null, '', `/${search}`);
  const story = miniStoryWithChapters();
  const reader = new ReaderState({ story, index: buildIndex(story) });
  const notices: string[][] = [];
  stop = syncWithUrl(reader, (n) => notices.push(n));
  flushSync();
  return { reader, notices };
}

/** Waits for the popstate that history.back() fires asynchronously. */
function back(): Promise<void> {
  return new Promise((resolve) => {
    addEventListener('popstate', () => resolve(), { once: true });
    history.back();
  });
}

const MARCH = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };

describe('the story’s chapters in the address bar', () => {
  it('opens a chapter with its view and its frame, at once', () => {
    const { reader, notices } = open('?chapter=the-invocation');
    expect(reader.chapter).toBe('the-invocation');
    expect(reader.selection).toEqual({ kind: 'relation', id: 'ana-invoked-act' });
    expect(reader.window).toEqual(MARCH);
    expect(reader.frameCommand).toMatchObject({ entities: ['ana', 'the-act'], ms: 0 });
    expect(location.search).toBe('?chapter=the-invocation');
    expect(notices).toEqual([[]]);
  });

  it('opens a presentation with no chapter at the first one', () => {
    const { reader } = open('?present');
    expect(reader.chapter).toBe('the-law');
    expect(reader.frameCommand).toMatchObject({ ms: 0 });
    // A presentation of a view the reader chose shows that view.
    stop?.();
    expect(open('?present&entity=ben').reader.chapter).toBeNull();
  });

  it('opens a view explored from a chapter as it was left, with no frame', () => {
    const { reader } = open('?chapter=the-law&entity=ben');
    expect([reader.chapter, reader.selection, reader.window, reader.frameCommand]).toEqual([
      'the-law',
      { kind: 'entity', id: 'ben' },
      null,
      null,
    ]);
  });

  it('makes each step a history entry, and Back walks back through them', async () => {
    const { reader } = open('?chapter=the-law');
    const start = history.length;
    reader.showChapter('the-invocation', 'story');
    flushSync();
    reader.showChapter('the-meeting', 'story');
    flushSync();
    expect(location.search).toBe('?chapter=the-meeting');
    expect(history.length).toBe(start + 2);
    await back();
    flushSync();
    expect(reader.chapter).toBe('the-invocation');
    expect(reader.window).toEqual(MARCH);
    await back();
    flushSync();
    expect(reader.chapter).toBe('the-law');
    expect(reader.selection).toEqual({ kind: 'event', id: 'act-signed' });
    expect(reader.frameCommand).toMatchObject({ entities: ['the-act'] });
  });

  it('writes the view out once the reader explores, and only the chapter again on the way back', () => {
    const { reader } = open('?chapter=the-law');
    reader.select({ kind: 'entity', id: 'ana' }, 'graph');
    flushSync();
    expect(location.search).toBe('?chapter=the-law&entity=ana&from=1798-01-01&to=1798-12-31');
    reader.showChapter('the-law', 'story');
    flushSync();
    expect(location.search).toBe('?chapter=the-law');
  });

  it('drops the chapter when the reader leaves the story', () => {
    const { reader } = open('?chapter=the-meeting');
    reader.showChapter(null, 'story');
    flushSync();
    expect(location.search).toBe('?entity=ben&from=2025-04-14&to=2025-04-14');
  });

  it('tells of an unknown chapter and opens the story as a whole', () => {
    const { reader, notices } = open('?chapter=nope');
    expect([reader.chapter, reader.selection, reader.window]).toEqual([null, null, null]);
    expect(notices).toEqual([
      [
        'No chapter of this story has the id the link gives (the link’s text: “nope”), so the story opens as a whole.',
      ],
    ]);
  });
});
