/**
 * The page's first script, written into index.html's <head> with its hash in the page's
 * security policy (which allows no other inline script). Two jobs, in one script so that one
 * hash allows them:
 * - the sandbox redirect. It was its own file: a script that blocks the parser, so every other
 *   request waited for its round trip, 0.4 s on a slow school network (400 kbit/s, 100 ms
 *   latency);
 * - ICU's warm-up, below.
 * Every build of index.html gets it (the app, the sandboxed embed); the single offline file
 * takes it out again (scripts/build-single.ts): its origin is opaque, and it waits for no network.
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
const REDIRECT =
  "if(self.origin==='null'&&!/\\/embed\\/(index\\.html)?$/.test(location.pathname)){" +
  "window.stop();location.replace('embed/'+location.search+location.hash)}";

/**
 * The browser's first date format (Intl, in any locale) and first comparison of words load
 * ICU's data: about 50 ms on this machine, 0.2 s on a slow school computer (CPU ×4), paid by
 * the timeline's first paint. Done here, in a task after the first paint, it is paid while the
 * page waits for its script to arrive, with nothing else to do.
 */
const WARM_UP =
  'setTimeout(function(){' +
  "new Intl.DateTimeFormat(void 0,{timeZone:'UTC',year:'numeric',month:'short',day:'numeric'})" +
  ".format(0);'a'.localeCompare('b')})";

const FIRST_SCRIPT = REDIRECT + WARM_UP;

/** The element index.html names the script with, and the one written in its place. */
const PLACEHOLDER = /<script data-first-script><\/script>/;
const INLINE_TAG = `<script data-first-script>${FIRST_SCRIPT}</script>`;

/** The CSP source that allows the inline script and nothing else. */
const FIRST_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FIRST_SCRIPT).digest('base64')}'`;

export function inlineFirstScript(): Plugin {
  return {
    name: 'first-script',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path }) {
        // The app's page must have it; other pages (the bench's) have none to fill.
        if (!PLACEHOLDER.test(html)) {
          if (path === '/index.html') throw new Error('index.html has no first script to fill');
          return html;
        }
        return html
          .replace(PLACEHOLDER, INLINE_TAG)
          .replace(/script-src 'self'/, `script-src 'self' ${FIRST_SCRIPT_HASH}`);
      },
    },
  };
}
