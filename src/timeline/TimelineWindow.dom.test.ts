import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Timeline from './Timeline.svelte';
import { miniStory } from '../../tests/fixtures/mini-story';
import { timelineProps } from './test-helpers';

const april14 = { start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) };

function setup() {
  const onwindowchange = vi.fn();
  const props = { ...timelineProps(miniStory()), onwindowchange };
  return { ...render(Timeline, { props }), props, onwindowchange };
}

/** Where a mark sits on screen, in plot px, from its transform. */
const markX = (container: HTMLElement, id: string) =>
  Number(
    /translate\(([-\d.e]+)/.exec(
      container.querySelector(`[data-event-id="${id}"]`)!.getAttribute('transform')!,
    )![1],
  );

describe('the timeline’s window', () => {
  it('shows a window asked for elsewhere, and reports nothing back', async () => {
    const { props, rerender, onwindowchange } = setup();
    const listbox = await screen.findByRole('listbox');
    await rerender({ ...props, windowCommand: { id: 1, window: april14, origin: 'url' } });
    expect(listbox.dataset.tickUnit).toBe('day');
    expect(Number(listbox.dataset.zoom)).toBeGreaterThan(1);
    expect(onwindowchange).not.toHaveBeenCalled();
  });

  it('ignores the echo of its own window', async () => {
    const { props, rerender } = setup();
    const listbox = await screen.findByRole('listbox');
    await rerender({ ...props, windowCommand: { id: 1, window: april14, origin: 'timeline' } });
    expect(listbox.dataset.zoom).toBe('1.000');
  });

  it('reports its window at once after a key, with no timer', async () => {
    const { onwindowchange } = setup();
    const listbox = await screen.findByRole('listbox');
    await fireEvent.keyDown(listbox, { key: '+' });
    expect(onwindowchange).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Show the whole story' }));
    expect(onwindowchange).toHaveBeenLastCalledWith(null);
  });

  it('pans to an event selected elsewhere', async () => {
    const { container, props, rerender } = setup();
    await screen.findByRole('listbox');
    await rerender({ ...props, windowCommand: { id: 1, window: april14, origin: 'url' } });
    expect(markX(container, 'act-signed')).toBeLessThan(0);
    const item = { kind: 'event', id: 'act-signed' } as const;
    await rerender({ ...props, revealCommand: { id: 2, item, origin: 'list' } });
    expect(markX(container, 'act-signed')).toBeGreaterThanOrEqual(0);
  });
});
