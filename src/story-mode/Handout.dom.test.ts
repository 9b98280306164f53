import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { render } from '@testing-library/svelte';
import Handout from './Handout.svelte';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

function renderHandout() {
  const story = miniStory();
  const { container } = render(Handout, { story: { story, index: buildIndex(story) } });
  return { story, handout: () => container.querySelector('.handout') };
}

describe('the print handout', () => {
  it('is not made for the screen, and made at once when the page is printed', async () => {
    const { story, handout } = renderHandout();
    await tick();
    expect(handout()).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(handout()!.textContent).toContain(story.events[0]!.title);
    expect(handout()!.textContent).toContain(story.sources[0]!.title);
  });
});
