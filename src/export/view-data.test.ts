import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';
import { fileName, storyJson } from './view-data';

const story = miniStory();
const indexed = { story, index: buildIndex(story) };
const spring = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) };
const april14 = { start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) };

describe('the files of a view', () => {
  it('are named for the story, what they hold, the selection and the window', () => {
    const ana = { kind: 'entity' as const, id: 'ana' };
    expect(fileName('mini-story', 'timeline', { selection: ana, window: spring }, 'png')).toBe(
      'mini-story-timeline-ana-2025-03-01-to-2025-04-30.png',
    );
    expect(fileName('mini-story', 'graph', { selection: null, window: april14 }, 'svg')).toBe(
      'mini-story-graph-2025-04-14.svg',
    );
    expect(fileName('mini-story', 'graph', { selection: ana, window: null }, 'svg')).toBe(
      'mini-story-graph-ana.svg',
    );
    expect(fileName('mini-story', 'events', { selection: ana, window: spring }, 'csv')).toBe(
      'mini-story-events-2025-03-01-to-2025-04-30.csv',
    );
    expect(fileName('mini-story', 'events', { selection: null, window: null }, 'csv')).toBe(
      'mini-story-events.csv',
    );
    expect(fileName('mini-story', 'story', { selection: ana, window: spring }, 'json')).toBe(
      'mini-story.json',
    );
  });

  it('hold the story as the JSON it was read from', () => {
    expect(JSON.parse(storyJson(indexed))).toEqual(story);
  });
});
