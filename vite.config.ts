/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { sandboxBuild } from './scripts/vite-sandbox-build.ts';
import { validateBundledStory } from './scripts/vite-validate-story.ts';
import { packedStory } from './scripts/vite-packed-story.ts';
import { minifyStories } from './scripts/vite-minify-stories.ts';
import { builtStories } from './scripts/vite-built-stories.ts';
import { inlineFirstScript } from './scripts/vite-first-script.ts';
import { storyDigest } from './scripts/vite-story-digest.ts';

export default defineConfig({
  // packedStory: only the one-script builds import it, but tests read inline-story.ts too.
  plugins: [
    validateBundledStory(),
    inlineFirstScript(),
    svelte(),
    sandboxBuild(),
    packedStory(),
    minifyStories(),
    builtStories(),
    storyDigest(),
  ],
  // Relative asset paths let the built app be served from any folder, as an embed needs.
  base: './',
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // The notices of every bundled package (d3, Cytoscape, Svelte…), shipped beside the app.
    license: { fileName: 'third-party-licenses.md' },
  },
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', 'node_modules/**'],
          environment: 'node',
          // Pure functions share nothing but their modules, which are then loaded once per
          // worker instead of once per file: 56 s to 16 s on this machine. Tests that stub a
          // global restore it (and pass in any order: --sequence.shuffle). The component tests
          // share jsdom's history and stay isolated.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['src/**/*.dom.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
