// Shared by the timeline's tests (and the picture export's, which draws marks on a canvas).
import { vi } from 'vitest';
import { buildIndex } from '../model/indexes';
import type { Story } from '../model/schema';
import type { ItemState } from '../model/selection';
import type { MarkColors } from './draw-marks';

/** The light theme's mark colours, written out, so a test's expected fills are literals. */
export const TEST_MARK_COLORS: MarkColors = {
  '--color-mark': '#2f74c0',
  '--color-selected': '#1a1d23',
  '--color-hover': '#4d0a06',
  '--color-mark-period-fill': '#5f8fcc',
  '--color-dimmed': '#808a98',
  '--color-bg': '#ffffff',
  '--color-text': '#1a1d23',
};

/**
 * The timeline's props for a story, as App gives them: nothing selected, and recording
 * callbacks. A test spreads its own over them (states, a window callback, dense).
 */
export function timelineProps(story: Story) {
  const index = buildIndex(story);
  return {
    events: index.eventsInOrder,
    categories: story.categories,
    spans: index.eventSpan,
    states: new Map<string, ItemState>(),
    onselect: vi.fn<(id: string | null) => void>(),
    onhover: vi.fn<(id: string | null) => void>(),
  };
}
