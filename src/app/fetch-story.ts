/**
 * Loads the bundled story from the page's own site (students' privacy: a story never comes
 * from another host): for a Spanish reader, the Spanish story as the build wrote it, else the
 * story and its Spanish translation. The page's first script has already asked for the file a
 * reader will read (scripts/vite-first-script.ts). The sandbox build reads the story and its
 * translation from inside its script instead (inline-story.ts).
 */
import bundledStoryUrl from '../../data/story.json?url';
import spanishUrl from '../../data/story.es.json?url';
import {
  fileOf,
  languagesOf,
  loadStory,
  trustIfBuilt,
  type LoadOutcome,
  type PickLanguage,
} from '../model/load';
import { loadMessages, UI_LANGUAGES } from '../i18n/messages';
import storyDigest from 'virtual:story-digest';
import built from 'virtual:built-stories';
import { loadBuiltTranslation } from '../model/built-translation';

/** The story's translations, by language; each is fetched only for a reader who reads it. */
const TRANSLATIONS: Readonly<Record<string, string>> = { es: spanishUrl };

async function fetchSameOrigin(url: string): Promise<string> {
  const resolved = new URL(url, document.baseURI);
  if (resolved.origin !== location.origin)
    throw new Error('only stories on this site can be opened');
  const response = await fetch(resolved, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}

/**
 * The bundled story, fetched, in the language `pick` chooses: validated by the build that
 * bundled it (and here only if the file is not the one it validated), and here always while it
 * is being written (`npm run dev`, and the tests).
 */
export async function loadBundledStory(pick?: PickLanguage): Promise<LoadOutcome> {
  // Before the story is read, a failure to fetch it is told in the reader's language. (Its
  // table is already at hand on loading the page: main.ts waits for it.)
  const m = await loadMessages(pick?.(UI_LANGUAGES) ?? 'en');
  // The bundled story in a language the build has written it in (none in npm run dev).
  const languages = built.language && languagesOf(built.language, TRANSLATIONS);
  const language = languages && pick?.(languages);
  const file = language ? built.translations[language] : undefined;
  if (languages && file) {
    const reading = { file: fileOf(bundledStoryUrl), languages };
    const outcome = await loadBuiltTranslation(file, fetchSameOrigin, reading);
    if (outcome) return outcome;
  }
  const check = import.meta.env.DEV ? undefined : trustIfBuilt(storyDigest);
  return loadStory(bundledStoryUrl, fetchSameOrigin, m, TRANSLATIONS, pick, check);
}
