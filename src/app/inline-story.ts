/**
 * The bundled story read from inside the script, for the builds that put this module in place
 * of fetch-story.ts: the sandboxed embed (a sandboxed frame's fetch is a cross-origin request
 * that a static host refuses) and the single offline file (file:// has no server). The story
 * and its translations come packed (scripts/vite-packed-story.ts) and are unpacked with the
 * browser's DecompressionStream, then read exactly as fetched files are (model/load.ts), so a
 * Spanish reader gets the Spanish story here too.
 */
import packed from 'virtual:packed-story';
import { decodeBase85 } from './base85';
import { loadStory, type LoadOutcome, type PickLanguage } from '../model/load';
import { loadMessages, UI_LANGUAGES } from '../i18n/messages';

/** The story's translations, by language, under the names they are packed by. */
const TRANSLATIONS = { es: 'story.es.json' };

async function unpack(name: string): Promise<string> {
  const text = packed[name];
  if (text === undefined) throw new Error(`${name} is not in this file`);
  const bytes = decodeBase85(text);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** The bundled story, unpacked and validated, in the language `pick` chooses. */
export async function loadBundledStory(pick?: PickLanguage): Promise<LoadOutcome> {
  const m = await loadMessages(pick?.(UI_LANGUAGES) ?? 'en');
  return loadStory('story.json', unpack, m, TRANSLATIONS, pick);
}
