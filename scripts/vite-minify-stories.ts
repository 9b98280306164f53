/**
 * The bundled stories written minified (the repository's copies are indented for people). The
 * page's first script asks for the one a reader will read (vite-first-script.ts).
 */
import type { Plugin, Rollup } from 'vite';
import { minifiedStory } from './vite-story-digest.ts';

type OutputAsset = Rollup.OutputAsset;

/** The bundled stories, as the repository names them. */
const STORIES = ['data/story.json', 'data/story.es.json'];

function storyAssets(bundle: Rollup.OutputBundle): OutputAsset[] {
  return Object.values(bundle).filter(
    (file): file is OutputAsset =>
      file.type === 'asset' && file.originalFileNames.some((name) => STORIES.includes(name)),
  );
}

export function minifyStories(): Plugin {
  return {
    name: 'minify-stories',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of storyAssets(bundle)) {
        const text =
          typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = minifiedStory(text);
      }
    },
  };
}
