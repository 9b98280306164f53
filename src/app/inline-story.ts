/**
 * The bundled story read from inside the script, for the sandbox build, which puts this module
 * in place of fetch-story.ts: a sandboxed frame's fetch is a cross-origin request that a static
 * host refuses. In the story's own language only: the Spanish translation (130 KB) would put
 * the single file, built the same way, over its 1 MB budget (npm run build:single).
 */
import data from '../../data/story.json';
import type { LoadOutcome } from '../model/load';
import { validateStory } from '../model/validate';

export function loadBundledStory(): Promise<LoadOutcome> {
  return Promise.resolve({ file: 'story.json', ...validateStory(data) });
}
