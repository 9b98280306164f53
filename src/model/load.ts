/** Fetches a story file from the page's own origin and validates it. */
import defaultStoryUrl from '../../data/story.json?url';
import { validateStoryText, type Problem, type ValidationResult } from './validate';
import { messages } from '../i18n/messages';

export type LoadOutcome = { file: string } & (
  Extract<ValidationResult, { ok: true }> | { ok: false; problems: Problem[] }
);

export { defaultStoryUrl };

export async function loadStory(
  url: string = defaultStoryUrl,
  fetchText: (url: string) => Promise<string> = fetchSameOrigin,
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

async function fetchSameOrigin(url: string): Promise<string> {
  const resolved = new URL(url, document.baseURI);
  // Students' privacy: a story only ever comes from the page's own host.
  if (resolved.origin !== location.origin)
    throw new Error('only stories on this site can be opened');
  const response = await fetch(resolved, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}
