/**
 * The bundled story in one of its translations, read once by the build rather than by every
 * reader. A Spanish reader of the page's own story would otherwise download the English story
 * and its translation (38 + 37 kB gzipped, 1.5 s on a slow school network at 400 kbit/s) and
 * lay one over the other; this is one file of the story's size, in Spanish, with each quote's
 * translation. The build writes it (write-built-translation.ts, scripts/vite-built-stories.ts);
 * the page reads it here, only when its text is the one the build wrote (its fingerprint), else
 * it reads the two files.
 */
import { buildIndex } from './indexes';
import { textDigest } from './digest';
import type { LoadOutcome } from './load';
import type { Story } from './schema';

/** The file's shape: the story in the translation's language, and the quotes' translations. */
export interface BuiltTranslation {
  /** The story's own language, in which its quotes are kept. */
  from: string;
  story: Story;
  /** Each quote's translation, by its original words. */
  quotes: [string, string][];
}

/** Where a built translation is, and the fingerprint of the text the build wrote there. */
export interface BuiltFile {
  url: string;
  digest: string;
}

/**
 * The story read from a built translation, as loadStory gives it from the story and its
 * translation; null where the file cannot be fetched or is not the one the build wrote (the
 * page then reads the two files, and says what is wrong with them).
 */
export async function loadBuiltTranslation(
  built: BuiltFile,
  fetchText: (url: string) => Promise<string>,
  reading: { file: string; languages: readonly string[] },
): Promise<LoadOutcome | null> {
  let text: string;
  try {
    text = await fetchText(built.url);
  } catch {
    return null;
  }
  if (textDigest(text) !== built.digest) return null;
  const { from, story, quotes } = JSON.parse(text) as BuiltTranslation;
  return {
    file: reading.file,
    ok: true,
    story,
    index: buildIndex(story),
    languages: reading.languages,
    translation: { from, quotes: new Map(quotes) },
  };
}
