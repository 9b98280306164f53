/**
 * Loads the bundled story from the page's own site (students' privacy: a story never comes
 * from another host). The sandbox build reads it from inside its script instead
 * (inline-story.ts).
 */
import bundledStoryUrl from '../../data/story.json?url';
import { loadStory, type LoadOutcome } from '../model/load';

async function fetchSameOrigin(url: string): Promise<string> {
  const resolved = new URL(url, document.baseURI);
  if (resolved.origin !== location.origin)
    throw new Error('only stories on this site can be opened');
  const response = await fetch(resolved, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}

/** The bundled story, fetched and validated. */
export function loadBundledStory(): Promise<LoadOutcome> {
  return loadStory(bundledStoryUrl, fetchSameOrigin);
}
