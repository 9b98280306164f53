/**
 * Which language a reader reads the story in, as a link and a browser ask for it. Plain
 * functions of the address and the browser's languages, so they are tested directly.
 *
 *   ?lang=es       the link's language, if the story has it
 *   es-SV, es-US   else the first of the browser's languages the story has (by its base)
 *   (none)         else the story's own language
 */

/** Each language by its own name, as a reader looks for it: the same on every page. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Español' };

/** The base of a language tag, lower-cased: "es-SV" → "es". */
const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** The language a query string asks for (its `lang` parameter), or null. */
export function languageParam(search: string): string | null {
  const value = new URLSearchParams(search).get('lang')?.trim();
  return value ? value : null;
}

/**
 * The language to show: the one asked for if the story has it, else the first of the
 * browser's languages it has, else the story's own (the first of `available`).
 */
export function chooseLanguage(
  asked: string | null,
  browser: readonly string[],
  available: readonly string[],
): string {
  const has = (tag: string) =>
    available.find((a) => a.toLowerCase() === tag.toLowerCase()) ??
    available.find((a) => base(a) === base(tag));
  for (const tag of [...(asked ? [asked] : []), ...browser]) {
    const found = tag && has(tag);
    if (found) return found;
  }
  return available[0] ?? 'en';
}

/** The query string of the same view in another language: every other parameter kept. */
export function withLanguage(search: string, language: string): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params.toString()}`;
}
