import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { ReaderState } from '../app/reader-state.svelte';
import { buildIndex } from '../model/indexes';
import { miniStoryWithChapters } from '../../tests/fixtures/mini-chapters';
import ChapterBar from './ChapterBar.svelte';
import { StoryMode } from './story-mode.svelte';

function setup(chapter: string | null = 'the-law') {
  const story = miniStoryWithChapters();
  const index = buildIndex(story);
  const reader = new ReaderState({ story, index });
  if (chapter) reader.showChapter(chapter, 'url', 0);
  const steps = new StoryMode(reader);
  render(ChapterBar, { steps, sources: index.sourceById });
  return { reader, steps, user: userEvent.setup() };
}

const region = () => screen.getByRole('region', { name: 'The story, step by step' });

describe('the chapter bar', () => {
  it('shows the chapter’s place, title, text and sources', async () => {
    const { user } = setup('the-invocation');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      /^2 of 4\s*Chapter 2 of 4:\s*The invocation$/,
    );
    expect(region()).toHaveTextContent('Ana invoked the Act in March.');
    await user.click(screen.getByRole('button', { name: 'Sources (1)' }));
    expect(region()).toHaveTextContent('“in March”');
  });

  it('is absent outside the story’s steps', () => {
    setup(null);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('steps with Next and Previous, which stay in place at either end', async () => {
    const { reader, user } = setup();
    const next = screen.getByRole('button', { name: 'Next chapter' });
    const previous = screen.getByRole('button', { name: 'Previous chapter' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    await user.click(next);
    await user.click(next);
    expect(reader.chapter).toBe('words-only');
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(reader.chapter).toBe('words-only');
    expect(next).toHaveFocus();
    await user.click(previous);
    expect(reader.chapter).toBe('the-meeting');
  });

  it('steps with the keys where nothing else uses them', async () => {
    const { reader, user } = setup();
    await user.keyboard('{PageDown}');
    expect(reader.chapter).toBe('the-invocation');
    await user.keyboard('{ArrowRight}{ }');
    expect(reader.chapter).toBe('words-only');
    await user.keyboard('{Home}');
    expect(reader.chapter).toBe('the-law');
    await user.keyboard('{End}{PageUp}{ArrowLeft}');
    expect(reader.chapter).toBe('the-invocation');
  });

  it('offers "Back to the story" after exploring, and takes the reader back', async () => {
    const { reader, user } = setup('the-meeting');
    expect(screen.queryByRole('button', { name: 'Back to the story' })).toBeNull();
    reader.select({ kind: 'entity', id: 'ana' }, 'graph');
    await user.click(await screen.findByRole('button', { name: 'Back to the story' }));
    expect(reader.selection).toEqual({ kind: 'entity', id: 'ben' });
    expect(screen.queryByRole('button', { name: 'Back to the story' })).toBeNull();
  });

  it('leaves the story with ×', async () => {
    const { reader, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Leave the story' }));
    expect(reader.chapter).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
