import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ErrorPanel from './ErrorPanel.svelte';
import { validateStory, MAX_LISTED } from '../model/validate';
import { miniStory } from '../../tests/fixtures/mini-story';

describe('the error panel', () => {
  it('counts every problem of a long list in its heading, not the lines it lists', () => {
    // 500 events in a category the story does not have, and what that breaks beside: 501
    // problems, of which 300 are listed and the last line counts the other 201.
    const story = miniStory();
    const event = story.events[0]!;
    story.events = Array.from({ length: 500 }, (_, i) => ({
      ...event,
      id: `event-${i}`,
      category: 'no-such-category',
    }));
    const result = validateStory(story);
    if (result.ok) throw new Error('the story should be refused');
    expect(result.problems).toHaveLength(MAX_LISTED + 1);
    render(ErrorPanel, { file: 'story.json', problems: result.problems });
    expect(screen.getByText(/story\.json has/).textContent).toBe(
      'story.json has 501 problems. Nothing was changed; fix them and reload.',
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(MAX_LISTED + 1);
    expect(screen.getByText('and 201 more problems, not listed')).toBeTruthy();
  });
});
