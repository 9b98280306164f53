import { describe, expect, it } from 'vitest';
import { loadStory, trustIfBuilt, type PickLanguage } from './load';
import { textDigest } from './digest';
import { miniStory } from '../../tests/fixtures/mini-story';
import { miniTranslation } from '../../tests/fixtures/mini-translation';

const m = { errorLoad: (file: string, reason: string) => `${file}: ${reason}` };

/** A site with the mini story and its Spanish translation; it logs what is asked of it. */
function site(story: object = miniStory()) {
  const files: Record<string, string> = {
    'mini.json': JSON.stringify(story),
    'mini.es.json': JSON.stringify(miniTranslation()),
  };
  const asked: string[] = [];
  const fetchText = async (url: string) => {
    asked.push(url);
    const text = files[url];
    if (text === undefined) throw new Error('not found');
    return text;
  };
  return { asked, fetchText };
}

const spanishReader: PickLanguage = (languages) =>
  languages.includes('es') ? 'es' : languages[0]!;
const englishReader: PickLanguage = (languages) =>
  languages.includes('en') ? 'en' : languages[0]!;

/** Loads mini.json from a site as a reader who picks with `pick`; the translation at `spanish`. */
async function read(pick: PickLanguage, story?: object, spanish = 'mini.es.json') {
  const { asked, fetchText } = site(story);
  const outcome = await loadStory('mini.json', fetchText, m, { es: spanish }, pick);
  return { asked, outcome };
}

describe('a story read in the reader’s language', () => {
  it('asks an English reader’s site for the story alone', async () => {
    const { asked, outcome } = await read(englishReader);
    expect(asked).toEqual(['mini.json']);
    expect(outcome.ok && outcome.story.title).toBe('A mini story');
    expect(outcome.ok && outcome.languages).toEqual(['en', 'es']);
  });

  it('gives a Spanish reader the story in Spanish, asking for its translation once', async () => {
    const { asked, outcome } = await read(spanishReader);
    expect(asked).toEqual(['mini.json', 'mini.es.json']);
    expect(outcome.ok && outcome.story.title).toBe('Una mini historia');
    expect(outcome.ok && outcome.translation?.from).toBe('en');
  });

  it('asks for no translation of a story already in the reader’s language', async () => {
    const { asked, outcome } = await read(spanishReader, { ...miniStory(), language: 'es' });
    expect(asked).toEqual(['mini.json']);
    expect(outcome.ok && outcome.story.title).toBe('A mini story');
  });

  it('shows an invalid story’s problems, whatever the reader’s language', async () => {
    const outcome = (await read(spanishReader, { ...miniStory(), events: 'none' })).outcome;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => p.path)).toContain('events');
  });

  it('says which translation could not be read', async () => {
    const outcome = (await read(spanishReader, undefined, 'missing.es.json')).outcome;
    expect(outcome).toEqual({
      file: 'missing.es.json',
      ok: false,
      problems: [{ path: '', message: 'missing.es.json: not found' }],
    });
  });
});

describe('the site’s own story, validated by its build', () => {
  // A story the validator refuses (a format version it does not know), but that the build
  // "validated": its fingerprint is the one given.
  const story = { ...miniStory(), schemaVersion: 99 };
  const built = trustIfBuilt(textDigest(JSON.stringify(story)));

  it('is shown as it is when its text is the one the build validated', async () => {
    const { fetchText } = site(story);
    const outcome = await loadStory('mini.json', fetchText, m, {}, englishReader, built);
    expect(outcome.ok && outcome.story.title).toBe('A mini story');
  });

  it('is validated when its text is not, as a file changed on the server after the build', async () => {
    const changed = { ...story, title: 'A changed story' };
    const { fetchText } = site(changed);
    const outcome = await loadStory('mini.json', fetchText, m, {}, englishReader, built);
    expect(!outcome.ok && outcome.problems.map((p) => p.path)).toEqual(['schemaVersion']);
  });
});
