import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TermText from './TermText.svelte';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

function setup(text: string) {
  const story = miniStory();
  story.sources[1]!.url = 'https://example.org/act';
  story.terms = [
    {
      id: 'tro',
      term: 'temporary restraining order',
      forms: ['TRO'],
      definition: 'A short court order that keeps things as they are.',
      sources: [{ source: 'ref', note: 'The reference defines it.' }],
    },
  ];
  return render(TermText, { props: { text, index: buildIndex(story) } });
}

describe('a text with glossary terms', () => {
  it('marks the term as a button that opens and shuts its definition, with its source', async () => {
    const user = userEvent.setup();
    setup('The judge issued a TRO that evening.');
    const word = screen.getByRole('button', { name: 'TRO' });
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).toBeNull();

    await user.click(word);
    const definition = screen.getByRole('region', {
      name: 'What “temporary restraining order” means',
    });
    expect(word).toHaveAttribute('aria-expanded', 'true');
    expect(word).toHaveAttribute('aria-controls', definition.id);
    expect(definition).toHaveTextContent(
      'temporary restraining order: A short court order that keeps things as they are.',
    );
    expect(definition).toHaveTextContent('The reference defines it.');
    expect(
      screen.getByRole('link', { name: 'Open the source, A reference, in a new tab' }),
    ).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(word);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('opens by keyboard, and Escape shuts it and gives the focus back to the word', async () => {
    const user = userEvent.setup();
    setup('The judge issued a TRO that evening.');
    await user.tab();
    expect(screen.getByRole('button', { name: 'TRO' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region')).toBeInTheDocument();
    await user.tab(); // into the definition: its source link
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('button', { name: 'TRO' })).toHaveFocus();
  });

  it('keeps the text whole, as text, where it has no term', () => {
    const { container } = setup('Nothing to <b>explain</b> here.');
    expect(container.querySelector('p')).toHaveTextContent('Nothing to <b>explain</b> here.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
