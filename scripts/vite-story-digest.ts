/**
 * The bundled story's fingerprint (src/model/digest.ts) as the virtual module
 * `virtual:story-digest`: the fingerprint of the story as the page receives it, minified. The
 * build validates that story (vite-validate-story.ts), so a page that receives a file with
 * this fingerprint shows it without loading the validator; any other file, such as one
 * changed on the server after the build, is validated as a reader's own story is
 * (src/model/load.ts, trustIfBuilt).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { textDigest } from '../src/model/digest.ts';

/** The story the page bundles (src/app/fetch-story.ts): the build validates and fingerprints it. */
export const BUNDLED_STORY = 'data/story.json';

const ID = 'virtual:story-digest';
const RESOLVED = `\0${ID}`;

/** The story as readers receive it: minified (the repository's copy is indented for people). */
export function minifiedStory(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

export function storyDigest(file = BUNDLED_STORY): Plugin {
  return {
    name: 'story-digest',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // An absolute path: a relative one is taken for an import of the virtual module's.
      const path = resolve(file);
      this.addWatchFile(path);
      const digest = textDigest(minifiedStory(readFileSync(path, 'utf8')));
      return `export default ${JSON.stringify(digest)};`;
    },
  };
}
