/**
 * The bundled story and its translations, packed for the builds that carry the story inside
 * their one script (the sandboxed embed and the single offline file): each file gzipped and
 * written as base85 text (src/app/base85.ts), as the virtual module `virtual:packed-story`.
 * The story and its Spanish translation are some 290 KB of JSON but 94 KB packed, which keeps
 * the single file inside its 1 MB budget with both languages in it. The page unpacks them with
 * the browser's own DecompressionStream (src/app/inline-story.ts): no eval, no library.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { encodeBase85 } from '../src/app/base85.ts';
import { minifiedStory } from './vite-story-digest.ts';

const ID = 'virtual:packed-story';
const RESOLVED = `\0${ID}`;

/** The files packed, by the name the loader asks for. */
const FILES = { 'story.json': 'data/story.json', 'story.es.json': 'data/story.es.json' };

/** Minified first (the files are indented for people), then gzipped at the highest level. */
export function pack(text: string): string {
  return encodeBase85(gzipSync(Buffer.from(minifiedStory(text), 'utf8'), { level: 9 }));
}

export function packedStory(): Plugin {
  return {
    name: 'packed-story',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const packed = Object.fromEntries(
        Object.entries(FILES).map(([name, path]) => {
          this.addWatchFile(path);
          return [name, pack(readFileSync(path, 'utf8'))];
        }),
      );
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}
