import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { inlineFirstScript } from '../../scripts/vite-first-script';
import { chooseLanguage, languageParam } from '../../src/i18n/language';
import { UI_LANGUAGES } from '../../src/i18n/messages';

/** Runs the plugin's HTML hook on a page, as `vite build` does for the page at `path`. */
function transform(html: string, path: string, bundle?: Rollup.OutputBundle): string {
  const hook = inlineFirstScript().transformIndexHtml as {
    handler: (html: string, context: { path: string; bundle?: Rollup.OutputBundle }) => string;
  };
  return hook.handler(html, { path, bundle });
}

/** An app's bundle, as far as the hook reads it: the story and the Spanish story as built. */
const asset = (fileName: string, names: string[], originalFileNames: string[], source: string) =>
  ({ type: 'asset', fileName, names, originalFileNames, source }) as unknown as Rollup.OutputAsset;
const APP_BUNDLE: Rollup.OutputBundle = {
  'assets/story-AAAA1111.json': asset(
    'assets/story-AAAA1111.json',
    ['story.json'],
    ['data/story.json'],
    '{"language":"en","title":"…"}',
  ),
  'assets/story-es-BBBB2222.json': asset(
    'assets/story-es-BBBB2222.json',
    ['story-es.json'],
    [],
    '{}',
  ),
  'assets/es-CCCC3333.js': {
    type: 'chunk',
    fileName: 'assets/es-CCCC3333.js',
    facadeModuleId: '/work/main/src/i18n/es.ts',
  } as unknown as Rollup.OutputChunk,
};
/** The Spanish interface text's chunk. */
const ES_TEXT = './assets/es-CCCC3333.js';
const FILES: Record<string, string> = {
  en: './assets/story-AAAA1111.json',
  es: './assets/story-es-BBBB2222.json',
};

/**
 * Runs the app's first script in a page at `search` whose browser reads `languages`: the
 * addresses it preloads (a link each), and whether it sent the page elsewhere.
 */
function preloads(search: string, languages: string[], origin = 'https://school.example') {
  const html = transform(page, '/index.html', APP_BUNDLE);
  const script = /<script data-first-script>([^<]*)<\/script>/.exec(html)![1]!;
  const links: { rel: string; as?: string; href: string; crossOrigin: string }[] = [];
  let replaced = false;
  runInNewContext(script, {
    self: { origin },
    window: { stop() {} },
    location: { search, pathname: '/', hash: '', replace: () => (replaced = true) },
    navigator: { languages },
    URLSearchParams,
    setTimeout() {},
    document: {
      createElement: () => ({}),
      head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
    },
  });
  return { links, replaced };
}

const page = readFileSync('index.html', 'utf8');

describe('the first script written into the page', () => {
  it('fills index.html’s placeholder with the redirect and the warm-up, first in <head>', () => {
    const out = transform(page, '/index.html');
    expect(out).toContain(
      "<script data-first-script>if(self.origin==='null'&&!/\\/embed\\/(index\\.html)?$/.test(location.pathname)){window.stop();location.replace('embed/'+location.search+location.hash)}" +
        "setTimeout(function(){new Intl.DateTimeFormat(void 0,{timeZone:'UTC',year:'numeric',month:'short',day:'numeric'}).format(0);'a'.localeCompare('b')})</script>",
    );
    expect(out.indexOf('data-first-script')).toBeLessThan(out.indexOf('<link'));
    expect(out).not.toContain('<script data-first-script></script>');
  });

  it('allows that script, by its hash, and no other inline script', () => {
    const out = transform(page, '/index.html');
    expect(out).toContain(
      "script-src 'self' 'sha256-ZSoGzmh9c8yAPe54GNVGbgYjnT3PZlSWF59z61CdW/k=';",
    );
    const scriptSrc = /script-src [^;]*/.exec(out)?.[0];
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  it('asks at once for what a reader will read: the story and the interface text, in the link’s language, else the browser’s, else English', () => {
    const { links } = preloads('', ['es-SV', 'en']);
    expect(links).toEqual([
      { rel: 'modulepreload', href: ES_TEXT, crossOrigin: '' },
      { rel: 'preload', as: 'fetch', href: './assets/story-es-BBBB2222.json', crossOrigin: '' },
    ]);
    expect(preloads('?lang=en', ['es']).links.map((l) => l.href)).toEqual([FILES.en]);
    expect(preloads('', ['fr', 'de']).links.map((l) => l.href)).toEqual([FILES.en]);
  });

  it('picks the files for the language the page will show, in every case of a table', () => {
    const searches = [
      '',
      '?lang=es',
      '?lang=en',
      '?lang=ES',
      '?lang=es-SV',
      '?lang=fr',
      '?lang=',
      '?lang=%20es%20',
      '?lang=constructor',
      '?lang=__proto__',
      '?entity=x&lang=es&event=y',
    ];
    const browsers = [
      [],
      ['es'],
      ['es-MX', 'en'],
      ['fr', 'es-SV'],
      ['EN-gb', 'es'],
      ['pt', 'de'],
      ['', 'es'],
      ['zh-Hans-CN', 'ES'],
      ['toString'],
      [' es'],
    ];
    let cases = 0;
    for (const search of searches)
      for (const browser of browsers) {
        // The page's own rule (src/i18n/language.ts), over the story's languages and the
        // interface's, as src/main.ts and src/app/fetch-story.ts apply it.
        const story = chooseLanguage(languageParam(search), browser, ['en', 'es']);
        const text = chooseLanguage(languageParam(search), browser, UI_LANGUAGES);
        const expected = [...(text === 'es' ? [ES_TEXT] : []), FILES[story]];
        expect(
          preloads(search, browser).links.map((l) => l.href),
          `${search} ${browser.join()}`,
        ).toEqual(expected);
        cases++;
      }
    expect(cases).toBe(110);
  });

  it('asks for no story for a linked one (?story=), and for nothing in a sandbox it leaves', () => {
    expect(preloads('?story=stories/mine.json&lang=es', ['es']).links).toEqual([
      { rel: 'modulepreload', href: ES_TEXT, crossOrigin: '' },
    ]);
    expect(preloads('?story=%20', ['es']).links.map((l) => l.href)).toEqual([ES_TEXT, FILES.es]);
    const sandboxed = preloads('?lang=es', ['es'], 'null');
    expect(sandboxed).toEqual({ links: [], replaced: true });
  });

  it('stops the build of an index.html that has lost its placeholder', () => {
    expect(() => transform('<html><head></head></html>', '/index.html')).toThrow(
      'index.html has no first script to fill',
    );
  });

  it('leaves other pages (the bench’s) as they are', () => {
    const bench = readFileSync('tests/bench/app.html', 'utf8');
    expect(transform(bench, '/tests/bench/app.html')).toBe(bench);
  });
});
