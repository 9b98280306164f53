/** Reads a story file through a given fetcher and validates it; never throws. */
import { validateStoryText, type Problem, type ValidationResult } from './validate';
import { messages } from '../i18n/messages';

export type LoadOutcome = { file: string } & (
  Extract<ValidationResult, { ok: true }> | { ok: false; problems: Problem[] }
);

/** A story at `url`, fetched by `fetchText` (the page's own-origin fetch in the app). */
export async function loadStory(
  url: string,
  fetchText: (url: string) => Promise<string>,
): Promise<LoadOutcome> {
  const file = url.split('/').pop()?.split('?')[0] || url;
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ok: false, problems: [{ path: '', message: messages.errorLoad(file, reason) }] };
  }
  return { file, ...validateStoryText(text) };
}
