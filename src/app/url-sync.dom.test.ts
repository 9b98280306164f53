import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ReaderState } from './reader-state.svelte';
import { syncWithUrl } from './url-sync.svelte';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  history.replaceState(null, '', '/');
});

function open(search: string) {
  history.replaceState(null, '', `/${search}`);
  const story = miniStory();
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

describe('the address bar and the reader’s state', () => {
  it('opens the view a link names, and tells the views to reveal it', () => {
    const { reader, notices } = open('?entity=ben&from=2025-03&to=2025-04');
    expect(reader.selection).toEqual({ kind: 'entity', id: 'ben' });
    expect(reader.window).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) });
    expect(reader.revealCommand).toMatchObject({ origin: 'url' });
    expect(reader.windowCommand).toMatchObject({ origin: 'url' });
    expect(notices).toEqual([[]]);
  });

  it('keeps a one-day window as that day, both ways', () => {
    const { reader } = open('?from=2025-04-14&to=2025-04-14');
    expect(reader.window).toEqual({ start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) });
    reader.select({ kind: 'event', id: 'meeting' });
    flushSync();
    expect(location.search).toBe('?event=meeting&from=2025-04-14&to=2025-04-14');
  });

  it('shows a notice for an unknown id and selects nothing', () => {
    const { reader, notices } = open('?entity=nobody');
    expect(reader.selection).toBeNull();
    expect(notices).toEqual([
      [
        'No entity of this story has the id the link gives (the link’s text: “nobody”), so nothing is selected.',
      ],
    ]);
  });

  it('makes each selection a history entry and each window change a replacement', () => {
    const { reader } = open('?embed=1');
    const start = history.length;
    reader.select({ kind: 'entity', id: 'ana' });
    flushSync();
    expect(location.search).toBe('?embed=1&entity=ana');
    expect(history.length).toBe(start + 1);
    reader.setWindow({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    flushSync();
    expect(location.search).toBe('?embed=1&entity=ana&from=2025-03-01&to=2025-03-31');
    expect(history.length).toBe(start + 1);
    reader.setFilterByWindow(false);
    flushSync();
    expect(location.search).toContain('&filter=off');
  });

  it('walks back through the selections with Back', async () => {
    const { reader } = open('');
    reader.select({ kind: 'entity', id: 'ana' });
    flushSync();
    reader.select({ kind: 'event', id: 'meeting' });
    flushSync();
    await back();
    flushSync();
    expect(reader.selection).toEqual({ kind: 'entity', id: 'ana' });
    expect(location.search).toBe('?entity=ana');
  });
});
