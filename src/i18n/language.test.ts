import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageParam, withLanguage } from './language';

const STORY = ['en', 'es'];

describe('the language a reader gets', () => {
  it('follows the link first, then the browser, then the story', () => {
    const cases: [string | null, string[], string][] = [
      ['es', ['en-US'], 'es'],
      ['en', ['es-SV', 'es'], 'en'],
      [null, ['es-SV', 'es', 'en'], 'es'],
      [null, ['es-US', 'en-US'], 'es'],
      [null, ['es'], 'es'],
      [null, ['en-US', 'es'], 'en'],
      [null, ['fr-FR', 'es-MX'], 'es'],
      [null, ['fr-FR', 'de'], 'en'],
      [null, [], 'en'],
      // A language the story does not have is passed over, as the browser's would be.
      ['fr', ['es-SV'], 'es'],
      ['ES', [], 'es'],
    ];
    expect(cases.map(([asked, browser]) => chooseLanguage(asked, browser, STORY))).toEqual(
      cases.map(([, , expected]) => expected),
    );
  });

  it('reads the link’s lang parameter, and writes it keeping the view', () => {
    expect(languageParam('?entity=cecot&lang=es')).toBe('es');
    expect(languageParam('?lang=')).toBeNull();
    expect(languageParam('')).toBeNull();
    expect(withLanguage('?entity=cecot&from=2025-03&to=2025-04&lang=es', 'en')).toBe(
      '?entity=cecot&from=2025-03&to=2025-04&lang=en',
    );
    expect(withLanguage('', 'es')).toBe('?lang=es');
  });
});
