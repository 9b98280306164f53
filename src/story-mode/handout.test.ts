import { describe, expect, it } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import { quotesBySource } from './handout';

describe('the handout’s sources', () => {
  it('lists each source’s quotes once, in the order first cited; notes are not quotes', () => {
    const story = miniStory();
    story.relations[1]!.sources.push({ source: 'report', quote: 'Ana said' });
    expect(Object.fromEntries(quotesBySource(story))).toEqual({
      report: [
        'Ana said',
        'Ben said',
        'on Monday',
        'in March',
        'weeks of talks',
        'invoked',
        'ally',
      ],
      ref: [],
    });
  });
});
