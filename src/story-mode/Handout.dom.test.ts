import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import Handout from './Handout.svelte';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

function renderHandout() {
  const story = miniStory();
  const { container } = render(Handout, { story: { story, index: buildIndex(story) } });
  return { story, handout: () => container.querySelector('.handout') };
}

describe('the print handout', () => {
  it('is made once the page has a moment, not in its first paint', async () => {
    const { story, handout } = renderHandout();
    expect(handout()).toBeNull();
    await waitFor(() => expect(handout()).not.toBeNull());
    expect(handout()!.textContent).toContain(story.events[0]!.title);
  });

  it('is made at once when the reader prints before then', () => {
    const { story, handout } = renderHandout();
    expect(handout()).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(handout()!.textContent).toContain(story.sources[0]!.title);
  });
});
