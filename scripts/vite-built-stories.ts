/**
 * The bundled story in each of its translations, written once by the build
 * (src/model/built-translation.ts says why), as the virtual module `virtual:built-stories`:
 * the story's own language, and by language each file's address and its text's fingerprint. Only a build writes them;
 * `npm run dev` and the tests read the story and its translation as they are written.
 * The build's first script (vite-first-script.ts) preloads a Spanish reader's file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { textDigest } from '../src/model/digest.ts';
import { BUNDLED_STORY } from './vite-story-digest.ts';

const ID = 'virtual:built-stories';
const RESOLVED = `\0${ID}`;

/** The bundled story's translations, by language, as the repository names them. */
export const TRANSLATION_FILES: Readonly<Record<string, string>> = { es: 'data/story.es.json' };

/** The name a language's built file is emitted under (assets/story-es-HASH.json). */
export const builtName = (language: string) => `story-${language}.json`;

/** A language's built file in a bundle, if the build wrote one. */
export function builtAsset(
  bundle: Rollup.OutputBundle,
  language: string,
): Rollup.OutputAsset | undefined {
  return Object.values(bundle).find(
    (file): file is Rollup.OutputAsset =>
      file.type === 'asset' && file.names.includes(builtName(language)),
  );
}

export function builtStories(): Plugin {
  let building = false;
  return {
    name: 'built-stories',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (!building) return 'export default { language: null, translations: {} };';
      const story = JSON.parse(readFileSync(resolve(BUNDLED_STORY), 'utf8')) as {
        language: string;
      };
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      const entries = Object.entries(TRANSLATION_FILES).map(([language, file]) => {
        this.addWatchFile(resolve(file));
        // In its own process, as the validator is (vite-validate-story.ts): the Vite config
        // imports none of the app's TypeScript sources.
        const run = spawnSync(
          process.execPath,
          [tsx, 'scripts/write-built-translation.ts', BUNDLED_STORY, file],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
        if (run.status !== 0) this.error(`${file} could not be built:\n${run.stderr}`);
        const text = run.stdout;
        const ref = this.emitFile({ type: 'asset', name: builtName(language), source: text });
        return `${JSON.stringify(language)}: { url: import.meta.ROLLUP_FILE_URL_${ref}, digest: ${JSON.stringify(textDigest(text))} }`;
      });
      const language = JSON.stringify(story.language);
      return `export default { language: ${language}, translations: { ${entries.join(', ')} } };`;
    },
  };
}
