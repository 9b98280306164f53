/**
 * The page's first script, written into index.html's <head> with its hash in the page's
 * security policy (which allows no other inline script). It was its own file: a script that
 * blocks the parser, so every other request waited for its round trip, 0.4 s on a slow school
 * network (400 kbit/s, 100 ms latency). Every build of index.html gets it (the app, the
 * sandboxed embed); the single offline file takes it out again (scripts/build-single.ts).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * In an iframe sandboxed without allow-same-origin, the page's module scripts and stylesheet
 * cannot load (its origin is opaque, so they are cross-origin requests a static host refuses):
 * this opens the sandbox build beside it instead, at the same view, and stops this page's
 * requests before they fail. A classic script, so it runs there; first in <head>, so it runs
 * before anything else is asked for.
 */
const REDIRECT_SCRIPT =
  "if(self.origin==='null'&&!/\\/embed\\/(index\\.html)?$/.test(location.pathname)){" +
  "window.stop();location.replace('embed/'+location.search+location.hash)}";

/** The element index.html names the script with, and the one written in its place. */
const PLACEHOLDER = /<script data-sandbox-redirect><\/script>/;
const INLINE_TAG = `<script data-sandbox-redirect>${REDIRECT_SCRIPT}</script>`;

/** The CSP source that allows the inline script and nothing else. */
const REDIRECT_HASH = `'sha256-${createHash('sha256').update(REDIRECT_SCRIPT).digest('base64')}'`;

export function inlineRedirect(): Plugin {
  return {
    name: 'inline-redirect',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path }) {
        // The app's page must have it; other pages (the bench's) have none to fill.
        if (!PLACEHOLDER.test(html)) {
          if (path === '/index.html') throw new Error('index.html has no redirect script to fill');
          return html;
        }
        return html
          .replace(PLACEHOLDER, INLINE_TAG)
          .replace(/script-src 'self'/, `script-src 'self' ${REDIRECT_HASH}`);
      },
    },
  };
}
