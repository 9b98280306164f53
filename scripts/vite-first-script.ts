/**
 * The page's first script, written into index.html's <head> with its hash in the page's
 * security policy (which allows no other inline script). Its jobs, in one script so that one
 * hash allows them:
 * - the sandbox redirect. It was its own file: a script that blocks the parser, so every other
 *   request waited for its round trip, 0.4 s on a slow school network (400 kbit/s, 100 ms
 *   latency);
 * - ICU's warm-up, below;
 * - what a reader will read, asked for at once, below, in the app's build (which fetches its
 *   story).
 * Every build of index.html gets it (the app, the sandboxed embed); the single offline file
 * takes it out again (scripts/build-single.ts): its origin is opaque, and it waits for no network.
 */
import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';
import { builtAsset, TRANSLATION_FILES } from './vite-built-stories.ts';
import { BUNDLED_STORY } from './vite-story-digest.ts';

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

/** What the first script asks for, by language: the story's file, and the interface text's chunk. */
export interface ReaderFiles {
  /** The bundled story in each language it is built in, its own (`own`) first. */
  stories: Record<string, string>;
  own: string;
  /** Each interface text that comes in a chunk of its own (English is in the page's script). */
  messages: Record<string, string>;
}

/**
 * What a reader will read, asked for at once, where the page's script would ask only once it
 * has arrived and run (on a slow school network, after its 2.4 s, one after the other):
 * - the story, as a preload that the page's fetch then takes. None for a linked story
 *   (?story=), as storyLink reads it;
 * - the interface text in the reader's language, when it is a chunk of its own.
 * Which language: the first of the link's `lang` and the browser's languages the story is
 * written in (by base: es-SV reads es), else the story's own: the rule of src/i18n/language.ts's
 * chooseLanguage, which a test holds this to (tests/build/first-script-plugin.test.ts).
 */
function preloadReading({ stories, own, messages }: ReaderFiles): string {
  return (
    // Its own statement (the warm-up ends with none); not where the redirect has left the page.
    ";(function(){if(self.origin==='null')return;var q=new URLSearchParams(location.search)," +
    `f=${JSON.stringify(stories)},m=${JSON.stringify(messages)},k=${JSON.stringify(own)},` +
    'h=function(o,x){return Object.prototype.hasOwnProperty.call(o,x)},' +
    "t=[(q.get('lang')||'').trim()].concat(navigator.languages||[]);" +
    "for(var i=0;t.length>i;i++){var b=String(t[i]).toLowerCase().split('-')[0];" +
    'if(b&&h(f,b)){k=b;break}}' +
    "function p(r,u,a){var l=document.createElement('link');l.rel=r;l.href=u;if(a)l.as=a;" +
    "l.crossOrigin='';document.head.appendChild(l)}" +
    "if(h(m,k))p('modulepreload',m[k]);" +
    "if(!(q.get('story')||'').trim())p('preload',f[k],'fetch')})();"
  );
}

/** The first script, for a page that reads the bundled story with these files; else without. */
export function firstScript(files?: ReaderFiles): string {
  return REDIRECT + WARM_UP + (files ? preloadReading(files) : '');
}

/** The element index.html names the script with. */
const PLACEHOLDER = /<script data-first-script><\/script>/;

/** What a reader reads, in the bundle, by language, as the page addresses it. */
function readerFiles(bundle: Rollup.OutputBundle | undefined): ReaderFiles | undefined {
  if (!bundle) return undefined;
  const files = Object.values(bundle);
  const story = files.find(
    (file): file is Rollup.OutputAsset =>
      file.type === 'asset' && file.originalFileNames.includes(BUNDLED_STORY),
  );
  if (!story) return undefined;
  const text =
    typeof story.source === 'string' ? story.source : new TextDecoder().decode(story.source);
  const own = (JSON.parse(text) as { language: string }).language;
  const stories: Record<string, string> = { [own]: `./${story.fileName}` };
  const messages: Record<string, string> = {};
  for (const language of Object.keys(TRANSLATION_FILES)) {
    const built = builtAsset(bundle, language);
    if (built) stories[language] = `./${built.fileName}`;
    // src/i18n/messages.ts's chunk of the language's interface text.
    const table = files.find(
      (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(`/src/i18n/${language}.ts`),
    );
    if (table) messages[language] = `./${table.fileName}`;
  }
  return { stories, own, messages };
}

export function inlineFirstScript(): Plugin {
  return {
    name: 'first-script',
    transformIndexHtml: {
      // After the bundle is written: the script names the story's files.
      order: 'post',
      handler(html, { path, bundle }) {
        // The app's page must have it; other pages (the bench's) have none to fill.
        if (!PLACEHOLDER.test(html)) {
          if (path === '/index.html') throw new Error('index.html has no first script to fill');
          return html;
        }
        const script = firstScript(readerFiles(bundle));
        // The CSP source that allows the inline script and nothing else.
        const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
        return html
          .replace(PLACEHOLDER, `<script data-first-script>${script}</script>`)
          .replace(/script-src 'self'/, `script-src 'self' ${hash}`);
      },
    },
  };
}
