import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltTranslation } from './built-translation';
import { textDigest } from './digest';
import { loadStory } from './load';
import type { Story } from './schema';
import { writeBuiltTranslation } from './write-built-translation';
import { miniStory } from '../../tests/fixtures/mini-story';
import { miniTranslation } from '../../tests/fixtures/mini-translation';

const m = { errorLoad: (file: string, reason: string) => `${file}: ${reason}` };
const spanishReader = (languages: readonly string[]) =>
  languages.includes('es') ? 'es' : languages[0]!;

/** A site of files by name, which logs what is asked of it. */
function site(files: Record<string, string>) {
  const asked: string[] = [];
  const fetchText = async (url: string) => {
    asked.push(url);
    const text = files[url];
    if (text === undefined) throw new Error('not found');
    return text;
  };
  return { asked, fetchText };
}

describe('the bundled story in Spanish, as the build writes it', () => {
  const storyText = readFileSync('data/story.json', 'utf8');
  const translationText = readFileSync('data/story.es.json', 'utf8');
  const built = writeBuiltTranslation(JSON.parse(storyText) as Story, JSON.parse(translationText));
  const reading = { file: 'story.json', languages: ['en', 'es'] };

  it('is read as the story and its translation are: the same story, languages and quotes', async () => {
    const files = { 'story.json': storyText, 'story.es.json': translationText, 'es.json': built };
    const two = await loadStory(
      'story.json',
      site(files).fetchText,
      m,
      {
        es: 'story.es.json',
      },
      spanishReader,
    );
    const { asked, fetchText } = site(files);
    const one = await loadBuiltTranslation(
      { url: 'es.json', digest: textDigest(built) },
      fetchText,
      reading,
    );
    expect(asked).toEqual(['es.json']);
    if (!two.ok || !one?.ok) throw new Error('both should load');
    expect(one.story).toEqual(two.story);
    expect(one.story.language).toBe('es');
    expect(one.story.title).toBe(
      'Trump recibe a Bukele: las deportaciones a El Salvador y el caso Abrego Garcia',
    );
    expect(one.languages).toEqual(two.languages);
    expect(one.file).toBe(two.file);
    expect(one.translation?.from).toBe('en');
    expect(one.translation?.quotes).toEqual(two.translation?.quotes);
    expect(one.translation?.quotes.size).toBeGreaterThan(10);
    expect(one.index.entityById.size).toBe(two.index.entityById.size);
  });

  it('is not read when its text is not the one the build wrote, nor when it cannot be fetched', async () => {
    const changed = built.replace('"language":"es"', '"language":"es" ');
    const { fetchText } = site({ 'es.json': changed });
    const digest = textDigest(built);
    expect(await loadBuiltTranslation({ url: 'es.json', digest }, fetchText, reading)).toBeNull();
    expect(await loadBuiltTranslation({ url: 'gone.json', digest }, fetchText, reading)).toBeNull();
  });

  it('is not written from a translation with problems: the build stops with them', () => {
    const translation = miniTranslation() as Record<string, unknown>;
    expect(() =>
      writeBuiltTranslation(miniStory(), { ...translation, of: 'another-story' }),
    ).toThrow(/the translation is not valid:\nof: must be the id of the story it translates/);
  });
});
