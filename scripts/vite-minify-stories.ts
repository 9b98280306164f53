/**
 * The bundled story, asked for by index.html itself, while the page's script is still on its
 * way. The script fetches the story only once it has arrived and run: on a slow school network
 * (400 kbit/s) that put the story's transfer after the script's 2.4 s, one after the other.
 * A preload starts both at once; the script's fetch then takes the preloaded response.
 * A reader who opens a linked story (?story=) downloads the bundled one for nothing: the price
 * of the common case, the explainer's own story, coming sooner.
 * The story is also written minified (the repository's copy is indented for people).
 */
import type { Plugin, Rollup } from 'vite';
import { minifiedStory } from './vite-story-digest.ts';

type OutputAsset = Rollup.OutputAsset;

/** The bundled stories, as the repository names them. */
const STORIES = ['data/story.json', 'data/story.es.json'];
/** The one preloaded: every reader's story starts from it (a translation is laid over it). */
const PRELOADED = 'data/story.json';

function storyAssets(bundle: Rollup.OutputBundle): OutputAsset[] {
  return Object.values(bundle).filter(
    (file): file is OutputAsset =>
      file.type === 'asset' && file.originalFileNames.some((name) => STORIES.includes(name)),
  );
}

export function preloadStory(): Plugin {
  return {
    name: 'preload-story',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of storyAssets(bundle)) {
        const text =
          typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = minifiedStory(text);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const story = bundle
          ? storyAssets(bundle).find((asset) => asset.originalFileNames.includes(PRELOADED))
          : undefined;
        if (!story) return [];
        return [
          {
            tag: 'link',
            // `crossorigin` matches the script's fetch (CORS mode, same-origin credentials), so
            // the fetch takes this response rather than asking again.
            attrs: { rel: 'preload', href: `./${story.fileName}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
