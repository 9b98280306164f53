import { describe, expect, it } from 'vitest';
import { ReaderState } from '../app/reader-state.svelte';
import { buildIndex } from '../model/indexes';
import { miniStoryWithChapters } from '../../tests/fixtures/mini-chapters';
import { StoryMode } from './story-mode.svelte';
import type { FullScreen } from './presenter.svelte';

/** A full screen the browser grants. */
const screen: FullScreen = {
  allowed: () => true,
  enter: () => Promise.resolve(),
  exit: () => Promise.resolve(),
  active: () => false,
};

function stepper() {
  const story = miniStoryWithChapters();
  const reader = new ReaderState({ story, index: buildIndex(story) });
  return { reader, steps: new StoryMode(reader, screen) };
}

describe('the stepper', () => {
  it('starts at the first chapter and steps to the last, never past either end', () => {
    const { reader, steps } = stepper();
    expect([steps.active, steps.at, steps.current]).toEqual([false, -1, null]);
    steps.next();
    expect(steps.active).toBe(false);
    steps.start();
    const seen = [reader.chapter];
    for (let i = 0; i < 5; i++) {
      steps.next();
      seen.push(reader.chapter);
    }
    expect(seen).toEqual([
      'the-law',
      'the-invocation',
      'the-meeting',
      'words-only',
      'words-only',
      'words-only',
    ]);
    expect([steps.hasPrevious, steps.hasNext]).toEqual([true, false]);
    for (let i = 0; i < 4; i++) steps.previous();
    expect(reader.chapter).toBe('the-law');
    expect([steps.hasPrevious, steps.hasNext]).toEqual([false, true]);
  });

  it('goes to the first and the last chapter on Home and End', () => {
    const { reader, steps } = stepper();
    steps.start();
    expect(steps.key('last')).toBe(true);
    expect(reader.chapter).toBe('words-only');
    expect(steps.key('first')).toBe(true);
    expect(reader.chapter).toBe('the-law');
  });

  it('offers the way back once the reader explores, and takes it', () => {
    const { reader, steps } = stepper();
    steps.start();
    steps.next();
    expect(steps.explored).toBe(false);
    reader.select({ kind: 'entity', id: 'ben' }, 'graph');
    expect(steps.explored).toBe(true);
    steps.back();
    expect(steps.explored).toBe(false);
    expect(reader.selection).toEqual({ kind: 'relation', id: 'ana-invoked-act' });
  });

  it('takes no keys outside the story, and blacks out only when presenting', async () => {
    const { steps } = stepper();
    expect(steps.key('next')).toBe(false);
    steps.start();
    expect(steps.key('blackout')).toBe(false);
    expect(steps.blackout).toBe(false);
    await steps.present(true);
    expect(steps.key('blackout')).toBe(true);
    expect(steps.blackout).toBe(true);
    steps.key('blackout');
    expect(steps.blackout).toBe(false);
  });

  it('presents from the first chapter, and stops presenting when the story is left', async () => {
    const { reader, steps } = stepper();
    await steps.present(false);
    expect([reader.chapter, steps.presenter.presenting]).toEqual(['the-law', true]);
    steps.key('blackout');
    steps.leave();
    expect([steps.presenter.presenting, steps.blackout, reader.chapter]).toEqual([
      false,
      false,
      null,
    ]);
  });

  it('leaves the story with the view as it is', () => {
    const { reader, steps } = stepper();
    steps.start();
    steps.leave();
    expect([steps.active, reader.chapter]).toEqual([false, null]);
    expect(reader.selection).toEqual({ kind: 'event', id: 'act-signed' });
  });
});
