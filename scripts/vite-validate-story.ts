/**
 * A Vite plugin that refuses to build an app around a broken story: the build first runs
 * `npm run validate` on the story it bundles (data/story.json) and stops with
 * the validator's own messages, each with its line and column, so an invalid file can never
 * reach readers, nor one the validator would change (the page shows its own story without
 * validating it again: src/model/load.ts). Warnings are printed and do not stop the build.
 *
 * The validator runs in its own process (tsx), so that the Vite config does not import the
 * app's TypeScript sources.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { BUNDLED_STORY } from './vite-story-digest.ts';

export function validateBundledStory(file = BUNDLED_STORY): Plugin {
  return {
    name: 'aea-validate-story',
    apply: 'build',
    buildStart() {
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      const run = spawnSync(process.execPath, [tsx, 'scripts/validate.ts', '--built', file], {
        encoding: 'utf8',
      });
      const output = `${run.stdout}${run.stderr}`.trim();
      if (run.status !== 0) {
        this.error(`the story is not valid, so nothing was built.\n${output}`);
      }
      if (output.includes('warning')) this.warn(output);
    },
  };
}
