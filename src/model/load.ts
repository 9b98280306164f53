/**
 * Reads a story file through a given fetcher and validates it, then, when the reader asks for
 * another of its languages, its translation (translation.ts); never throws. The validator and
 * the translation's reader load when first needed: the page's own story, validated when the
 * site was built, needs neither to show in English (trustIfBuilt).
 */
import { readStoryText, type Problem, type ValidationResult } from './story-text';
import { buildIndex } from './indexes';
import { textDigest } from './digest';
import type { Story } from './schema';
import type { Messages } from '../i18n/messages';

/** What a loaded story can be read in, and the translation on screen when there is one. */
interface Reading {
  /** The languages the story can be read in, its own first. */
  languages?: readonly string[];
  /** The translation shown: the story's own language, and each quote's translation. */
  translation?: { from: string; quotes: ReadonlyMap<string, string> };
  /** The graph's layout file published beside a linked story, as read (see IndexedStory). */
  layout?: unknown;
}

export type LoadOutcome = { file: string } & (
  (Extract<ValidationResult, { ok: true }> & Reading) | { ok: false; problems: Problem[] }
);

type Loaded = Extract<LoadOutcome, { ok: true }>;

/** Picks the language to show among those the story has (its own first). */
export type PickLanguage = (languages: readonly string[]) => string;

/** Where each translation of the story is, by language: "es" → "story.es.json". */
export type Translations<T> = Readonly<Record<string, T>>;

/** A file's name, from its address: what an error or a loaded story names it by. */
export const fileOf = (url: string) => url.split('/').pop()?.split('?')[0] || url;

/** Checks a story: its parsed data, read from `text`. */
export type CheckStory = (
  data: unknown,
  text: string,
) => Promise<ValidationResult> | ValidationResult;

/** The validator (zod and every rule), loaded the first time a story needs it. */
const validate: CheckStory = async (data) => (await import('./validate')).validateStory(data);

/**
 * The site's own story as its build validated it, known by the fingerprint of its text
 * (scripts/vite-story-digest.ts): indexed without loading the validator, 15 kB of script
 * (gzipped) and half a second on a slow school network. The build stops on a story the
 * validator refuses or would change (scripts/vite-validate-story.ts). Any other text, such as
 * a file changed on the server after the build, is validated.
 */
export function trustIfBuilt(digest: string): CheckStory {
  return (data, text) =>
    textDigest(text) === digest
      ? { ok: true, story: data as Story, index: buildIndex(data as Story) }
      : validate(data, text);
}

/**
 * A story at `url`, fetched by `fetchText` (the page's own-origin fetch in the app), in the
 * language `pick` chooses: its translation is fetched only when one is chosen.
 */
export async function loadStory(
  url: string,
  fetchText: (url: string) => Promise<string>,
  m: Pick<Messages, 'errorLoad'>,
  translations: Translations<string> = {},
  pick?: PickLanguage,
  check: CheckStory = validate,
): Promise<LoadOutcome> {
  const fetched = async (at: string): Promise<{ text: string } | LoadOutcome> => {
    try {
      return { text: await fetchText(at) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const file = fileOf(at);
      return { file, ok: false, problems: [{ path: '', message: m.errorLoad(file, reason) }] };
    }
  };
  const story = await fetched(url);
  if (!('text' in story)) return story;
  const read = readStoryText(story.text);
  // The translation the reader will read is asked for now, read off the story's own language:
  // it downloads while the story is validated rather than after (0.2 s sooner on a slow
  // school network). Unused if the story turns out invalid or in another language.
  const early = read.ok ? translationFor(declaredLanguage(read.data), translations, pick) : null;
  const pending = early === null ? undefined : fetched(translations[early]!);
  if (early !== null) void import('./translation'); // its reader downloads beside it
  const checked = read.ok ? await check(read.data, story.text) : read;
  const outcome = offered({ file: fileOf(url), ...checked }, translations);
  const language = wanted(outcome, translations, pick);
  if (!outcome.ok || language === null) return outcome;
  const translation = await (language === early && pending
    ? pending
    : fetched(translations[language]!));
  if (!('text' in translation)) return translation;
  let data: unknown;
  try {
    data = JSON.parse(translation.text);
  } catch (error) {
    const file = fileOf(translations[language]!);
    return {
      file,
      ok: false,
      problems: [{ path: '', message: `not valid JSON: ${String(error)}` }],
    };
  }
  return readIn(outcome, data, fileOf(translations[language]!));
}

/** A loaded story with the languages it can be read in: its own first, then its translations'. */
function offered<T>(outcome: LoadOutcome, translations: Translations<T>): LoadOutcome {
  if (!outcome.ok) return outcome;
  return { ...outcome, languages: languagesOf(outcome.story.language, translations) };
}

/** What a story written in `own` can be read in: its own language first, then its translations'. */
export function languagesOf<T>(own: string, translations: Translations<T>): string[] {
  return [own, ...Object.keys(translations).filter((l) => l !== own)];
}

/** The translation to read a loaded story in: null for its own language. */
function wanted<T>(
  outcome: LoadOutcome,
  translations: Translations<T>,
  pick: PickLanguage | undefined,
): string | null {
  return outcome.ok ? translationFor(outcome.story.language, translations, pick) : null;
}

/**
 * The translation to read a story written in `own` in: null for its own language, or when
 * `own` is not known.
 */
function translationFor<T>(
  own: string | undefined,
  translations: Translations<T>,
  pick: PickLanguage | undefined,
): string | null {
  if (own === undefined || !pick) return null;
  const language = pick(languagesOf(own, translations));
  return language !== own && translations[language] !== undefined ? language : null;
}

/** The language a story's data says it is in, before it is validated; undefined if none. */
function declaredLanguage(data: unknown): string | undefined {
  const language = (data as { language?: unknown } | null)?.language;
  return typeof language === 'string' ? language : undefined;
}

/** A loaded story in a translation's language, or the translation's problems. */
async function readIn(outcome: Loaded, data: unknown, file: string): Promise<LoadOutcome> {
  // Only a reader of another language needs the translation's reader.
  const { validateTranslation } = await import('./translation');
  const result = validateTranslation(outcome.story, data);
  if (!result.ok) return { file, ok: false, problems: result.problems };
  return {
    file: outcome.file,
    ok: true,
    story: result.story,
    index: buildIndex(result.story),
    languages: outcome.languages ?? [],
    translation: { from: outcome.story.language, quotes: result.quotes },
  };
}

/**
 * A validated story in the language `pick` chooses, its translations given as parsed JSON
 * (the sandbox build's, which carries them in its script).
 */
export async function inLanguage(
  loaded: LoadOutcome,
  translations: Translations<unknown>,
  pick?: PickLanguage,
): Promise<LoadOutcome> {
  const outcome = offered(loaded, translations);
  const language = wanted(outcome, translations, pick);
  if (!outcome.ok || language === null) return outcome;
  const file = outcome.file.replace(/(\.json)?$/, `.${language}.json`);
  return readIn(outcome, translations[language], file);
}
