import { describe, expect, it, vi } from 'vitest';
import { TimelineState } from './timeline-state.svelte';
import { windowOf } from './zoom-math';
import { en } from '../i18n/en';
import type { Span } from '../model/indexes';
import type { ItemState } from '../model/selection';
import { miniStory } from '../../tests/fixtures/mini-story';
import { timelineProps } from './test-helpers';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);

/** The mini story's timeline, 1000 px wide: a 156 px gutter, so an 828 px plot. */
function timeline(states = new Map<string, ItemState>()) {
  const props = {
    ...timelineProps(miniStory()),
    states,
    onwindowchange: vi.fn<(window: Span | null) => void>(),
  };
  const tl = new TimelineState(() => props, en);
  tl.width = 1000;
  return { tl, ...props };
}

/** Where an event's mark is on screen, in plot px. */
const screenX = (tl: TimelineState, id: string) => {
  const m = tl.markById.get(id)!;
  return tl.z.k * m.bx0 + tl.z.x;
};

const april14 = { start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) };

describe('the timeline’s state', () => {
  it('lays the plot out beside its gutter', () => {
    const { tl } = timeline();
    expect(tl.gutter).toBe(156);
    expect(tl.plotWidth).toBe(828);
    expect(tl.z).toEqual({ k: 1, x: 0 });
    expect(tl.wholeStory).toBe(true);
    expect(tl.name).toBe('Timeline: 4 events from 6 July 1798 to 14 April 2025');
  });

  it('zooms by two round the middle on +, and reports the window at once', () => {
    const { tl, onwindowchange } = timeline();
    tl.key('zoom-in');
    expect(tl.z).toEqual({ k: 2, x: -414 });
    expect(onwindowchange).toHaveBeenCalledTimes(1);
    const shown = onwindowchange.mock.lastCall![0]!;
    expect(shown).toEqual(windowOf({ k: 2, x: -414 }, tl.scale, 828));
    tl.key('reset');
    expect(tl.z).toEqual({ k: 1, x: 0 });
    expect(onwindowchange).toHaveBeenLastCalledWith(null);
  });

  it('pans a third of the plot with Shift and an arrow, never past the story’s ends', () => {
    const { tl } = timeline();
    tl.key('zoom-in');
    tl.key('pan-right');
    expect(tl.z).toEqual({ k: 2, x: -690 });
    tl.key('pan-right');
    expect(tl.z).toEqual({ k: 2, x: -828 });
    tl.key('pan-left');
    expect(tl.z).toEqual({ k: 2, x: -552 });
  });

  it('shows one day asked for from the address bar: that day centred, its event in view', () => {
    const { tl, onwindowchange } = timeline();
    tl.onWindowCommand({ id: 1, window: april14, origin: 'url' });
    expect(tl.z.k).toBe(tl.maxK);
    const shown = windowOf(tl.z, tl.scale, tl.plotWidth);
    expect(iso(shown.start)).toBe('2025-04-13T00:00');
    expect(iso(shown.end)).toBe('2025-04-16T00:00');
    expect(tl.tickUnit).toBe('day');
    expect(screenX(tl, 'meeting')).toBeCloseTo(276, 0);
    expect(tl.labels.map((l) => l.id)).toContain('meeting');
    expect(onwindowchange).not.toHaveBeenCalled();
  });

  it('ignores its own window commands and acts on each command once', () => {
    const { tl } = timeline();
    tl.onWindowCommand({ id: 1, window: april14, origin: 'timeline' });
    expect(tl.wholeStory).toBe(true);
    const fromGraph = { id: 2, window: april14, origin: 'graph' } as const;
    tl.onWindowCommand(fromGraph);
    expect(tl.wholeStory).toBe(false);
    tl.reset();
    tl.onWindowCommand(fromGraph);
    expect(tl.wholeStory).toBe(true);
  });

  it('keeps the window shown when its container is resized', () => {
    const { tl } = timeline();
    tl.showWindow({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    const before = windowOf(tl.z, tl.scale, tl.plotWidth);
    tl.width = 700;
    const after = windowOf(tl.z, tl.scale, tl.plotWidth);
    expect(Math.abs(after.start - before.start)).toBeLessThan(60_000);
    expect(Math.abs(after.end - before.end)).toBeLessThan(60_000);
  });

  it('pans an event selected elsewhere into view, and reports the move', () => {
    const { tl, onwindowchange } = timeline();
    tl.showWindow(april14);
    expect(screenX(tl, 'act-signed')).toBeLessThan(0);
    tl.onRevealCommand({ id: 1, item: { kind: 'event', id: 'act-signed' }, origin: 'timeline' });
    expect(screenX(tl, 'act-signed')).toBeLessThan(0);
    tl.onRevealCommand({ id: 2, item: { kind: 'entity', id: 'ana' }, origin: 'graph' });
    expect(screenX(tl, 'act-signed')).toBeLessThan(0);
    tl.onRevealCommand({ id: 3, item: { kind: 'event', id: 'act-signed' }, origin: 'list' });
    expect(screenX(tl, 'act-signed')).toBeGreaterThanOrEqual(0);
    expect(screenX(tl, 'act-signed')).toBeLessThanOrEqual(828);
    expect(onwindowchange).toHaveBeenCalledTimes(1);
  });

  it('moves with a gesture and reports only when the gesture ends', () => {
    const { tl, onwindowchange } = timeline();
    tl.gesture({ k: 4, x: -1000 });
    tl.gesture({ k: 4, x: -1200 });
    expect(tl.z).toEqual({ k: 4, x: -1200 });
    expect(onwindowchange).not.toHaveBeenCalled();
    tl.gestureEnd();
    expect(onwindowchange).toHaveBeenCalledTimes(1);
  });

  it('places labels at each step of a small story’s zoom', () => {
    const { tl } = timeline();
    const before = tl.labels.length;
    expect(before).toBeGreaterThan(0);
    tl.gesture({ k: 2, x: -400 });
    expect(tl.labels.length).toBeGreaterThan(0);
  });

  it('on a story of hundreds of events, places none while a gesture zooms, all once it ends', () => {
    // The mini story's 4 events 60 times over: 240, past the 200 drawn on a canvas.
    const story = miniStory();
    story.events = Array.from({ length: 60 }, (_, i) =>
      story.events.map((e) => ({ ...e, id: `${e.id}-${i}` })),
    ).flat();
    const props = timelineProps(story);
    const tl = new TimelineState(() => props, en);
    tl.width = 1000;
    expect(tl.useCanvas).toBe(true);
    const atRest = tl.labels.length;
    expect(atRest).toBeGreaterThan(0);
    tl.gesture({ k: 2, x: -400 });
    expect(tl.labels).toEqual([]);
    tl.gesture({ k: 2, x: -500 });
    expect(tl.labels).toEqual([]);
    tl.gestureEnd();
    expect(tl.labels.length).toBeGreaterThan(0);
    // A drag that only pans places them at every step.
    tl.gesture({ k: 2, x: -450 });
    expect(tl.labels.length).toBeGreaterThan(0);
  });

  it('walks the events in date order from the selected one, and selects with Enter', () => {
    const { tl, onselect } = timeline(new Map([['act-invoked', 'selected']]));
    tl.focus();
    expect(tl.activeId).toBe('act-invoked');
    tl.key('next');
    expect(tl.activeId).toBe('talks');
    tl.key('next');
    expect(tl.activeId).toBe('meeting');
    tl.key('next');
    expect(tl.activeId).toBe('meeting');
    tl.key('first');
    expect(tl.activeId).toBe('act-signed');
    tl.key('select');
    expect(onselect).toHaveBeenLastCalledWith('act-signed');
    tl.key('clear');
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('names the focused event in the tooltip, and the hovered one unless its label shows', () => {
    const { tl, onhover } = timeline();
    expect(tl.labels.map((l) => l.id)).toEqual(['act-signed', 'act-invoked', 'talks', 'meeting']);
    tl.hover('meeting');
    expect(onhover).toHaveBeenLastCalledWith('meeting');
    expect(tl.tip).toBeNull();
    tl.hover(null);
    tl.focus();
    expect(tl.tip?.text).toBe('The Act signed, 6 July 1798');
    expect(tl.cursor?.y).toBe(17);
  });

  it('zooms in no further than a third of the view for one day', () => {
    const { tl } = timeline();
    for (let i = 0; i < 40; i++) tl.key('zoom-in');
    expect(tl.z.k).toBe(tl.maxK);
    expect(tl.maxK * (tl.scale.toX(april14.start + DAY) - tl.scale.toX(april14.start))).toBeCloseTo(
      276,
    );
  });
});
