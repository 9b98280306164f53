import type { KnipConfig } from 'knip';

/** The whole of every `<script>` of a Svelte component, so namespace imports count as used. */
const svelteScripts = (text: string): string =>
  [...text.matchAll(/<script(?=[\s>])[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(';\n');

const config: KnipConfig = {
  entry: [
    'index.html',
    'scripts/*.{ts,mjs}',
    'tests/bench/*.{html,ts}',
    'tests/e2e/**/*.spec.ts',
    'src/**/*.test.ts',
    'tests/**/*.test.ts',
    // Built by scripts/vite-sandbox-build.ts: the host page's script, and the story module the
    // sandbox build puts in place of fetch-story.ts.
    'src/embed/host.ts',
    'src/app/inline-story.ts',
  ],
  project: ['src/**/*.{ts,svelte}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,svelte}', '*.{ts,js}'],
  compilers: { svelte: svelteScripts },
  // Debian's, not npm's: scripts/install-test-deps.sh installs it (poppler-utils).
  ignoreBinaries: ['pdftotext'],
};

export default config;
