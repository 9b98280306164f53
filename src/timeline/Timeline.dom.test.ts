import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Timeline from './Timeline.svelte';
import { buildIndex } from '../model/indexes';
import type { ItemState } from '../model/selection';
import { miniStory } from '../../tests/fixtures/mini-story';
import { timelineProps } from './test-helpers';

function setup(states: Map<string, ItemState> = new Map()) {
  const story = miniStory();
  story.events.push({
    id: 'war-use',
    title: 'The Act used in wartime',
    date: { start: '1941-12-07', end: '1948', basis: 'reference' },
    summary: 'Used in a war.',
    entities: [{ id: 'the-act' }],
    category: 'law',
    sources: [{ source: 'ref', note: 'Proclamations.' }],
  });
  const props = { ...timelineProps(story), states };
  const result = render(Timeline, { props });
  return { ...result, onselect: props.onselect, onhover: props.onhover, index: buildIndex(story) };
}

const markOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-event-id="${id}"]`) as SVGGElement;

describe('the timeline', () => {
  it('draws a day as a point, a month as a period and a start-to-end date as a range', async () => {
    const { container } = setup();
    await screen.findByRole('listbox');
    expect(markOf(container, 'meeting').dataset.shape).toBe('point');
    expect(markOf(container, 'act-invoked').dataset.shape).toBe('period');
    expect(markOf(container, 'war-use').dataset.shape).toBe('range');
    expect(markOf(container, 'act-signed').dataset.shape).toBe('point');
  });

  it('draws an approximate date differently from a sure one', async () => {
    const { container } = setup();
    await screen.findByRole('listbox');
    expect(markOf(container, 'act-invoked').dataset.approximate).toBe('true');
    expect(markOf(container, 'meeting').dataset.approximate).toBe('false');
    expect(markOf(container, 'act-invoked').classList.contains('approximate')).toBe(true);
  });

  it('draws a range across its whole span and a month across its month', async () => {
    const { container } = setup();
    await screen.findByRole('listbox');
    const bar = markOf(container, 'war-use').querySelector('rect.bar')!;
    expect(Number(bar.getAttribute('width'))).toBeGreaterThan(10);
    const period = markOf(container, 'act-invoked').querySelector('rect.bar')!;
    expect(Number(period.getAttribute('width'))).toBeGreaterThan(0);
    expect(markOf(container, 'act-invoked').querySelectorAll('line.cap')).toHaveLength(2);
    expect(markOf(container, 'meeting').querySelector('rect')).toBeNull();
  });

  it('shows the state it is given on each mark', async () => {
    const states = new Map<string, ItemState>([
      ['meeting', 'selected'],
      ['act-invoked', 'related'],
      ['act-signed', 'dimmed'],
      ['war-use', 'dimmed'],
    ]);
    const { container } = setup(states);
    await screen.findByRole('listbox');
    expect(markOf(container, 'meeting').dataset.state).toBe('selected');
    expect(markOf(container, 'meeting').getAttribute('aria-selected')).toBe('true');
    expect(markOf(container, 'act-invoked').dataset.state).toBe('related');
    expect(markOf(container, 'act-signed').dataset.state).toBe('dimmed');
  });

  it('is default everywhere when nothing is selected', async () => {
    const { container } = setup();
    await screen.findByRole('listbox');
    const states = [...container.querySelectorAll('[data-event-id]')].map(
      (el) => (el as SVGGElement).dataset.state,
    );
    expect(new Set(states)).toEqual(new Set(['default']));
  });

  it('names each event with its title and its date in words', async () => {
    setup();
    expect(await screen.findByRole('option', { name: 'The Act signed, 6 July 1798' })).toBeTruthy();
    expect(
      screen.getByRole('option', { name: 'Ana invokes the Act, about March 2025' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('option', { name: 'The Act used in wartime, 7 December 1941 to 1948' }),
    ).toBeTruthy();
  });

  it('reports a select when a mark is clicked, and a clear on empty space', async () => {
    const { container, onselect } = setup();
    await screen.findByRole('listbox');
    await fireEvent.click(markOf(container, 'meeting'));
    expect(onselect).toHaveBeenLastCalledWith('meeting');
    await fireEvent.click(container.querySelector('rect.catcher')!);
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('walks events in date order with the arrows and selects with Enter', async () => {
    const { onselect } = setup();
    const listbox = await screen.findByRole('listbox');
    await fireEvent.focus(listbox);
    expect(listbox.getAttribute('aria-activedescendant')).toMatch(/act-signed$/);
    await fireEvent.keyDown(listbox, { key: 'ArrowRight' });
    expect(listbox.getAttribute('aria-activedescendant')).toMatch(/war-use$/);
    await fireEvent.keyDown(listbox, { key: 'End' });
    await fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onselect).toHaveBeenLastCalledWith('meeting');
    await fireEvent.keyDown(listbox, { key: 'Escape' });
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('reports hover on entering and leaving a mark', async () => {
    const { container, onhover } = setup();
    await screen.findByRole('listbox');
    await fireEvent.pointerEnter(markOf(container, 'act-signed'));
    expect(onhover).toHaveBeenLastCalledWith('act-signed');
    await fireEvent.pointerLeave(markOf(container, 'act-signed'));
    expect(onhover).toHaveBeenLastCalledWith(null);
  });

  it('zooms in with + and back to the whole story with 0', async () => {
    setup();
    const listbox = await screen.findByRole('listbox');
    await fireEvent.focus(listbox);
    await fireEvent.keyDown(listbox, { key: '+' });
    expect(Number(listbox.dataset.zoom)).toBe(2);
    await fireEvent.keyDown(listbox, { key: '0' });
    expect(Number(listbox.dataset.zoom)).toBe(1);
  });

  it('names its lanes after the story’s categories', async () => {
    const { container } = setup();
    await screen.findByRole('listbox');
    expect([...container.querySelectorAll('.lane-label')].map((el) => el.textContent)).toEqual([
      'Law',
      'Talks',
    ]);
  });
});

describe('the timeline on a short screen', () => {
  function heightOf(dense: boolean) {
    const story = miniStory();
    const { container, unmount } = render(Timeline, {
      props: { ...timelineProps(story), dense },
    });
    const height = Number(container.querySelector('svg.timeline-svg')!.getAttribute('height'));
    const marks = container.querySelectorAll('[data-event-id]').length;
    unmount();
    return { height, marks, events: story.events.length };
  }

  it('takes less height when dense, leaving the graph below more room', () => {
    const roomy = heightOf(false);
    const dense = heightOf(true);
    expect(dense.height).toBeLessThan(roomy.height);
    expect(dense.marks).toBe(dense.events);
  });
});

describe('the timeline of a thousand events', () => {
  it('makes its first 400 options with the canvas, more while idle, and all for the keyboard', async () => {
    vi.useFakeTimers();
    try {
      // The mini story's 4 events 250 times over, drawn on the canvas.
      const story = miniStory();
      story.events = Array.from({ length: 250 }, (_, i) =>
        story.events.map((e) => ({ ...e, id: `${e.id}-${i}` })),
      ).flat();
      const { container } = render(Timeline, { props: timelineProps(story) });
      const options = () => container.querySelectorAll('[role="option"][data-event-id]').length;
      expect(container.querySelector('canvas.marks-canvas')).not.toBeNull();
      expect(options()).toBe(400);
      // jsdom has no requestIdleCallback: 200 more every 50 ms, as in Safari.
      await vi.advanceTimersByTimeAsync(50);
      expect(options()).toBe(600);
      await fireEvent.focus(screen.getByRole('listbox'));
      expect(options()).toBe(1000);
    } finally {
      vi.useRealTimers();
    }
  });
});
