import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelineState } from './timeline-state.svelte';
import { transformFor } from './zoom-math';
import { en } from '../i18n/en';
import type { Span } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';
import { timelineProps } from './test-helpers';

/** The animation frames asked for, run by hand at a given time. */
let frames: ((now: number) => void)[] = [];
function runFrame(now: number): void {
  const due = frames;
  frames = [];
  due.forEach((frame) => frame(now));
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: (now: number) => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  vi.spyOn(performance, 'now').mockReturnValue(1000);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function timeline() {
  const onwindowchange = vi.fn<(window: Span | null) => void>();
  const props = { ...timelineProps(miniStory()), onwindowchange };
  const tl = new TimelineState(() => props, en);
  tl.width = 1000;
  return { tl, onwindowchange };
}

const MARCH = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };

describe('the timeline gliding to a window (a story’s step)', () => {
  it('moves over the time asked, frame by frame, and lands exactly on the window', () => {
    const { tl, onwindowchange } = timeline();
    const target = transformFor(MARCH, tl.scale, tl.plotWidth, tl.maxK);
    tl.onWindowCommand({ id: 1, window: MARCH, origin: 'story', ms: 300 });
    expect(tl.z).toEqual({ k: 1, x: 0 });
    runFrame(1150);
    expect(tl.z.k).toBeGreaterThan(1);
    expect(tl.z.k).toBeLessThan(target.k);
    runFrame(1300);
    expect(tl.z).toEqual(target);
    expect(frames).toEqual([]);
    // A window from elsewhere is shown, never reported back.
    expect(onwindowchange).not.toHaveBeenCalled();
  });

  it('jumps at once with no time given (reduced motion)', () => {
    const { tl } = timeline();
    tl.onWindowCommand({ id: 1, window: MARCH, origin: 'story', ms: 0 });
    expect(tl.z).toEqual(transformFor(MARCH, tl.scale, tl.plotWidth, tl.maxK));
    expect(frames).toEqual([]);
  });

  it('stops where the reader takes over with a key or a gesture', () => {
    const { tl, onwindowchange } = timeline();
    tl.onWindowCommand({ id: 1, window: MARCH, origin: 'story', ms: 300 });
    runFrame(1150);
    tl.key('zoom-out');
    const left = tl.z;
    runFrame(1300);
    expect(tl.z).toEqual(left);
    expect(onwindowchange).toHaveBeenCalledTimes(1);
  });

  it('goes on when the step’s own selection asks to be revealed inside the coming window', () => {
    const { tl, onwindowchange } = timeline();
    tl.onWindowCommand({ id: 1, window: MARCH, origin: 'story', ms: 300 });
    tl.onRevealCommand({ id: 2, item: { kind: 'event', id: 'act-invoked' }, origin: 'story' });
    runFrame(1300);
    expect(tl.z).toEqual(transformFor(MARCH, tl.scale, tl.plotWidth, tl.maxK));
    expect(onwindowchange).not.toHaveBeenCalled();
  });
});
