/**
 * Loads the bundled story from the page's own site (students' privacy: a story never comes
 * from another host), and its Spanish translation when the reader reads Spanish. The sandbox
 * build reads both from inside its script instead (inline-story.ts).
 */
import bundledStoryUrl from '../../data/story.json?url';
import spanishUrl from '../../data/story.es.json?url';
import { loadStory, trustIfBuilt, type LoadOutcome, type PickLanguage } from '../model/load';
import { loadMessages, UI_LANGUAGES } from '../i18n/messages';
import storyDigest from 'virtual:story-digest';

/** The story's translations, by language; each is fetched only for a reader who reads it. */
const TRANSLATIONS: Readonly<Record<string, string>> = { es: spanishUrl };

/**
 * Asks at once for the translation of the bundled story a reader will read (their language, as
 * main.ts picks it before the page mounts), as index.html asks for the story: a preload, which
 * the translation's fetch then takes. Otherwise it is asked for only once the page has mounted
 * and read the story, after its interface text has come.
 */
export function preloadTranslation(language: string): void {
  const url = TRANSLATIONS[language];
  if (!url) return;
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', href: url, crossOrigin: '' });
  document.head.append(link);
}

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
  const check = import.meta.env.DEV ? undefined : trustIfBuilt(storyDigest);
  return loadStory(bundledStoryUrl, fetchSameOrigin, m, TRANSLATIONS, pick, check);
}
