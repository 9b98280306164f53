/**
 * The bundled story and its Spanish translation read from inside the script, for the sandbox
 * build, which puts this module in place of fetch-story.ts: a sandboxed frame's fetch is a
 * cross-origin request that a static host refuses.
 */
import data from '../../data/story.json';
import spanish from '../../data/story.es.json';
import { inLanguage, type LoadOutcome, type PickLanguage } from '../model/load';
import { validateStory } from '../model/validate';

export function loadBundledStory(pick?: PickLanguage): Promise<LoadOutcome> {
  const outcome = { file: 'story.json', ...validateStory(data) };
  return Promise.resolve(inLanguage(outcome, { es: spanish }, pick));
}
