/**
 * A second build of the app, in dist/embed/, for iframes sandboxed without allow-same-origin
 * (as WordPress and other CMSs give untrusted embeds). Such a frame has an opaque origin, so
 * module scripts, crossorigin stylesheets and the story's fetch are all cross-origin requests
 * that a plain static host refuses. This build uses one classic script and one stylesheet
 * (fetched without CORS) and carries the story inside the script, so it runs on any host with
 * no server headers. The main build keeps its module scripts and its lazily loaded graph.
 * It also builds the host page's script, dist/embed.js (src/embed/host.ts).
 */
import { resolve } from 'node:path';
import { build, mergeConfig, type InlineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { packedStory } from './vite-packed-story.ts';
import { inlineFirstScript } from './vite-first-script.ts';

/** Turns the page's module script and stylesheet into requests that need no CORS. */
function classicScripts(): Plugin {
  return {
    name: 'classic-scripts',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin/g, '<script defer')
          .replace(/<link rel="stylesheet" crossorigin/g, '<link rel="stylesheet"'),
    },
  };
}

/**
 * The app as one classic script with the story inside it (the sandbox build's recipe, which
 * npm run build:single reuses): the story's fetch is swapped for inline-story.ts, which reads
 * the story and its translations packed into the script (vite-packed-story.ts), and the graph's
 * lazily loaded chunk is folded into the one script, since a classic script cannot load chunks.
 */
export function oneScriptBuild(): InlineConfig {
  return {
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [inlineFirstScript(), svelte(), packedStory()],
    resolve: {
      alias: [
        {
          find: /^.*\/app\/fetch-story(\.ts)?$/,
          replacement: resolve('src/app/inline-story.ts'),
        },
      ],
    },
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      // One script by design (a classic script cannot load chunks): no size warning, and
      // Vite's chunk-preload helper, whose import.meta it would flag, never runs in it.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: { output: { format: 'iife' }, checks: { emptyImportMeta: false } },
    },
  };
}

export function sandboxBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sandbox-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build(
        mergeConfig(oneScriptBuild(), {
          plugins: [classicScripts()],
          build: { outDir: `${outDir}/embed`, emptyOutDir: true },
        }),
      );
      // The host page's script, dist/embed.js: no dependencies, one small classic file.
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2019',
          lib: { entry: 'src/embed/host.ts', formats: ['iife'], name: 'aeaExplainerEmbed' },
          rolldownOptions: { output: { entryFileNames: 'embed.js' } },
        },
      });
    },
  };
}
