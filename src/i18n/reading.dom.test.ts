import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import App from '../App.svelte';
import { validateStory } from '../model/validate';
import { inLanguage, type PickLanguage } from '../model/load';
import { miniStory } from '../../tests/fixtures/mini-story';
import { miniTranslation } from '../../tests/fixtures/mini-translation';
import { testWholePage } from '../../tests/whole-page';
import { loadMessages } from './messages';

testWholePage();
// The Spanish UI text at hand before the page mounts, as main.ts has it.
beforeAll(() => loadMessages('es'));

/** The mini story, in the language the page picks: English, or Spanish from its translation. */
function loadMini(pick: PickLanguage) {
  const outcome = { file: 'mini.json', ...validateStory(miniStory()) };
  return Promise.resolve(inLanguage(outcome, { es: miniTranslation() }, pick));
}

/** A quote in the details panel (the print handout has the story's quotes too). */
const QUOTE = '[data-view="details"] blockquote';

function browserLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

afterEach(() => {
  browserLanguages(['en-US', 'en']);
  history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
});

describe('the story in the reader’s language', () => {
  for (const browser of [['es-SV', 'en'], ['es-US'], ['es']]) {
    it(`opens in Spanish for a browser that reads ${browser[0]}`, async () => {
      browserLanguages(browser);
      render(App, { load: loadMini });
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
        'Una mini historia',
      );
      expect(document.documentElement.lang).toBe('es');
      expect(await screen.findByRole('tab', { name: 'Detalles' })).toBeInTheDocument();
      const link = within(screen.getByRole('navigation', { name: 'Idioma' })).getByRole('link');
      expect(link).toHaveTextContent('English');
      expect(link).toHaveAttribute('href', '?lang=en');
      expect(link).toHaveAttribute('lang', 'en');
    });
  }

  it('follows the link’s lang over the browser’s languages', async () => {
    browserLanguages(['es-SV']);
    history.replaceState(null, '', '/?lang=en');
    render(App, { load: loadMini });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A mini story');
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute('href', '?lang=es');
  });

  it('switches to English and back in place, keeping the selection and the tab', async () => {
    history.replaceState(null, '', '/?lang=es&entity=ana');
    render(App, { load: loadMini });
    await fireEvent.click(await screen.findByRole('tab', { name: 'Listas' }));
    await fireEvent.click(screen.getByRole('link', { name: 'English' }));
    // The old heading is there until the new story is read: wait for the new one's name.
    expect(await screen.findByRole('heading', { level: 1, name: 'A mini story' })).toBeVisible();
    expect(location.search).toBe('?lang=en&entity=ana');
    expect(document.documentElement.lang).toBe('en');
    expect(await screen.findByRole('tab', { name: 'Lists' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // The focus stays on the switch, now the way back.
    expect(screen.getByRole('link', { name: 'Español' })).toHaveFocus();
    await fireEvent.click(screen.getByRole('link', { name: 'Español' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Una mini historia' }),
    ).toBeVisible();
    expect(location.search).toBe('?lang=es&entity=ana');
    expect(await screen.findByRole('tab', { name: 'Listas' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('shows a quote in its own words, with the explainer’s translation beneath, labelled', async () => {
    history.replaceState(null, '', '/?lang=es&entity=ana');
    render(App, { load: loadMini });
    const quote = await screen.findByText('“Ana said”', { selector: QUOTE });
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote.nextElementSibling).toHaveTextContent('Traducción del explicador: Ana dijo');
  });

  it('shows a quote alone, as ever, on the story’s own language', async () => {
    history.replaceState(null, '', '/?entity=ana');
    render(App, { load: loadMini });
    const quote = await screen.findByText('“Ana said”', { selector: QUOTE });
    expect(quote).not.toHaveAttribute('lang');
    expect(screen.queryByText(/Translated by this explainer/)).toBeNull();
  });
});
