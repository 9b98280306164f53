import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import ComparePanel from './ComparePanel.svelte';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';
import type { Story } from '../model/schema';

function twoReportStory(): Story {
  const story = miniStory();
  story.sources = [
    { id: 'ap', kind: 'report', publisher: 'Wire A', title: 'A', description: 'A.' },
    { id: 'afp', kind: 'report', publisher: 'Wire B', title: 'B', description: 'B.' },
    ...story.sources,
  ];
  story.comparisons = [
    {
      id: 'fee',
      topic: 'The fee',
      verdict: 'one-only',
      summary: 'Only Wire A names a sum.',
      reports: [
        { source: 'ap', quote: 'a $6 million fee' },
        { source: 'afp', note: 'Does not mention a fee.' },
      ],
    },
    {
      id: 'day',
      topic: 'The day',
      verdict: 'agree',
      summary: 'Both say Monday.',
      reports: [
        { source: 'ap', quote: 'on Monday' },
        { source: 'afp', quote: 'Monday' },
      ],
    },
  ];
  return story;
}

describe('the reports compared', () => {
  it('groups the points as agree, then differ, then one only, each citing both reports', () => {
    const story = twoReportStory();
    render(ComparePanel, { props: { story: { story, index: buildIndex(story) } } });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Where the reports agree (1)', 'What only one report covers (1)']);

    const fee = screen.getByRole('heading', { name: 'The fee' }).closest('article')!;
    const items = within(fee).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Wire A “a $6 million fee”',
      'Wire B Does not mention a fee.',
    ]);
    expect(fee).toHaveTextContent('Only Wire A names a sum.');
  });
});
