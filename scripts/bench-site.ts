/**
 * How every bench part that measures in a browser gets one: a production build (`vite build`,
 * of the pages given, else the app), served gzipped by `vite preview` on a port of its own, as a
 * reader gets it, and Debian's Chromium. One place for the build, the server and the flags.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Browser, type Page } from '@playwright/test';
import { DISABLED_FEATURES, chromiumPath } from '../tests/e2e/support/chromium';

export interface BenchSite {
  /** The site's root, ending in a slash. */
  url: string;
  browser: Browser;
  /**
   * A page in a context of its own (closing the page closes it), at `viewport`, its uncaught
   * errors printed: a bench that breaks says why rather than waiting out its timeout.
   */
  newPage(viewport: { width: number; height: number }): Promise<Page>;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

export async function openBenchSite(options: {
  /** Where the build goes (under node_modules/.cache). */
  outDir: string;
  port: number;
  /** The HTML pages to build (the app's index.html when none). */
  pages?: string[];
  /** Serve the build already in outDir, as a bench part just before left it. */
  reuse?: boolean;
  /** Files written beside the build, by name, before it is served. */
  files?: Record<string, string>;
}): Promise<BenchSite> {
  const { outDir, port, pages, reuse, files = {} } = options;
  if (!reuse) {
    const input = pages ? { rollupOptions: { input: pages } } : {};
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, ...input } });
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port, host: '127.0.0.1', strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Without the omnibox's web-page popups, a renderer a window that would take CPU from
      // the page measured (a reader's browser builds them once, not for every page).
      DISABLED_FEATURES,
    ],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async newPage(viewport) {
      const page = await browser.newPage({ viewport });
      page.on('pageerror', (e) => console.error(e.message));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}
