import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaledStory } from './generate-story';
import { validateStory } from '../../src/model/validate';
import type { Story } from '../../src/model/schema';

const base = JSON.parse(readFileSync(resolve('data/story.json'), 'utf8')) as Story;

describe('the benchmark’s generated stories', () => {
  it('are valid stories 10 and 100 times the size of the real one', () => {
    for (const factor of [10, 100]) {
      const story = scaledStory(base, factor);
      const result = validateStory(story);
      expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
      expect(story.events).toHaveLength(base.events.length * factor);
      expect(story.relations).toHaveLength(base.relations.length * factor);
    }
  });

  it('stay valid at 20,000 events, past the limits on entities and relations', () => {
    const story = scaledStory(base, 476);
    const result = validateStory(story);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(story.events).toHaveLength(19_992);
    expect(story.entities).toHaveLength(4_970);
    expect(story.relations).toHaveLength(7_810);
  });
});
