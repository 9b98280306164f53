/**
 * npm run build:single: the whole explainer as one HTML file, dist-single/<story-id>.html, for
 * a classroom with a projector and no reliable network: carried on a USB stick or uploaded to a
 * learning platform, it runs from file:// with no server and requests nothing. The app, its
 * styles, the story, the graph's layout and the UI text are all inside; the graph's lazily
 * loaded chunk and the story's fetch are folded in by the sandbox build's recipe
 * (oneScriptBuild in vite-sandbox-build.ts), so the normal build stays as it is.
 *
 * The page keeps a strict content security policy in a meta tag: the one inline script and
 * the one inline style are allowed by their SHA-256 hashes, nothing may be fetched, and there
 * is no 'unsafe-eval' and no 'unsafe-inline'. Run after `npm run build`, it also puts the file
 * beside the app in dist/ and names it in the page's head, which offers it to readers.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, mergeConfig, type Plugin, type Rolldown } from 'vite';
import { presetLayout } from '../src/graph/layout.ts';
import type { Story } from '../src/model/schema.ts';
import { oneScriptBuild } from './vite-sandbox-build.ts';

/** Where the file is written; its name is the story's id, so two explainers never collide. */
const SINGLE_DIR = 'dist-single';
/** The stylesheet Cytoscape adds to the page itself, allowed by its hash like the app's own. */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
/** The single file's budget: a learning platform's upload limit is often 1 MB. */
const MAX_BYTES = 1_000_000;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy: the page's own inline script and styles, images from data (its pictures). */
function policy(script: string, styles: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Replaces the one match of `pattern` in `html`; fails loudly when index.html has changed. */
function replaceOnce(html: string, pattern: RegExp, by: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (matches.length !== 1)
    throw new Error(`index.html: expected one ${what}, found ${matches.length}`);
  return html.replace(pattern, () => by);
}

/**
 * Text safe inside an inline <script>: no closing tag and no comment opener (Svelte's templates
 * hold "<!---->"), written with the escape \x3C, which means "<" in every kind of JS literal.
 */
function safeScript(code: string): string {
  return code.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

/**
 * The graph's layout engine (fcose and its two bases, over a hundred KB) stays out when the
 * stored layout (data/story.layout.json) places every entity of the story, as then it never
 * runs; a stale layout keeps it in, and the file still works.
 */
function withoutLayoutEngine(): Plugin[] {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
  const stored: unknown = JSON.parse(readFileSync('data/story.layout.json', 'utf8'));
  if (!presetLayout(story, stored)) {
    console.warn('data/story.layout.json is out of date (npm run layout): fcose stays in.');
    return [];
  }
  const stub = '\0no-layout-engine';
  const message = 'the stored layout is out of date: run npm run layout, then npm run build:single';
  return [
    {
      name: 'no-layout-engine',
      enforce: 'pre',
      resolveId: (id) => (id === 'cytoscape-fcose' ? stub : null),
      load: (id) =>
        id === stub
          ? `export default () => { throw new Error(${JSON.stringify(message)}); };`
          : null,
    },
  ];
}

/**
 * The reading of a reader's own story files (src/open/read-files.ts with its JSON positions, CSV
 * sheets and Papa Parse, some 50 KB) stays out, to keep within the budget: this offline copy is
 * for the one story it carries, and offers no "Open a story…" (src/open/reading.ts).
 */
function withoutReader(): Plugin {
  const stub = '\0no-reader';
  return {
    name: 'no-reader',
    enforce: 'pre',
    resolveId: (id, importer) =>
      id === './reading' && importer?.endsWith('/src/open/story-opener.svelte.ts') ? stub : null,
    load: (id) => (id === stub ? 'export const loadReader = undefined;' : null),
  };
}

async function bundle(): Promise<{ html: string; js: string; css: string }> {
  const result = await build(
    mergeConfig(oneScriptBuild(), {
      plugins: [...withoutLayoutEngine(), withoutReader()],
      publicDir: false,
      build: { write: false, cssCodeSplit: false, modulePreload: false },
    }),
  );
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((o) => o.output);
  const chunks = files.filter((f) => f.type === 'chunk');
  const text = (name: RegExp) => {
    const found = files.filter((f) => f.type === 'asset' && name.test(f.fileName));
    if (found.length !== 1) throw new Error(`expected one ${name} in the build`);
    const source = found[0]!.type === 'asset' ? found[0]!.source : '';
    return typeof source === 'string' ? source : new TextDecoder().decode(source);
  };
  if (chunks.length !== 1) throw new Error(`expected one script, the build made ${chunks.length}`);
  return { html: text(/^index\.html$/), js: chunks[0]!.code, css: text(/\.css$/) };
}

function assemble({ html, js, css }: { html: string; js: string; css: string }): string {
  if (!js.includes('__________cytoscape_container') || !js.includes('{ position: relative; }'))
    throw new Error("Cytoscape's own stylesheet has changed: update CYTOSCAPE_STYLE");
  if (/<\/style/i.test(css)) throw new Error('the stylesheet holds a </style');
  const script = `\n${safeScript(js)}`;
  const style = `\n${css}`;
  const icon = readFileSync('public/favicon.svg', 'utf8');
  let out = html;
  // On file:// the page's origin is opaque, which the redirect takes for a sandboxed iframe;
  // and the warm-up would have no network wait to fill (scripts/vite-first-script.ts).
  out = replaceOnce(
    out,
    /\s*<!--[^>]*-->\s*<script data-first-script>[^<]*<\/script>/,
    '',
    'first script',
  );
  out = replaceOnce(
    out,
    /\s*<script\b[^>]*\bsrc="[^"]*\/assets\/[^"]*"[^>]*><\/script>/,
    '',
    'app script',
  );
  out = replaceOnce(out, /\s*<link rel="stylesheet"[^>]*>/, '', 'stylesheet');
  out = replaceOnce(
    out,
    /href="\.\/favicon\.svg"/,
    `href="data:image/svg+xml,${encodeURIComponent(icon)}"`,
    'icon',
  );
  out = replaceOnce(
    out,
    /content="default-src[^"]*"/,
    `content="${policy(script, [style, CYTOSCAPE_STYLE])}"`,
    'security policy',
  );
  out = replaceOnce(out, /<\/head>/, `  <style>${style}</style>\n  </head>`, 'head');
  // At the end of the body: the script mounts the app in #app at once.
  out = replaceOnce(out, /<\/body>/, `  <script>${script}</script>\n  </body>`, 'body');
  return out;
}

/**
 * Beside a normal build in `dir` (dist/, or another with --beside), when there is one: the file
 * is copied there and the page's head names it (`<link rel="alternate" data-single-file>`), so
 * the full page offers it ("Download this explainer") without asking the server for it.
 */
function shipBeside(dir: string, name: string, html: string): boolean {
  const page = `${dir}/index.html`;
  if (!existsSync(page)) return false;
  writeAtomically(`${dir}/${name}`, html);
  const link = `<link rel="alternate" type="text/html" href="./${name}" data-single-file data-bytes="${Buffer.byteLength(html)}" />`;
  const head = readFileSync(page, 'utf8').replace(
    /\s*<link rel="alternate"[^>]*data-single-file[^>]*>/,
    '',
  );
  writeAtomically(page, replaceOnce(head, /\s*<\/head>/, `\n    ${link}\n  </head>`, 'head'));
  return true;
}

/** Written whole or not at all: a test may read the file while it is being built again. */
function writeAtomically(file: string, text: string): void {
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, text);
  renameSync(part, file);
}

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { id: string };
const name = `${story.id}.html`;
const html = assemble(await bundle());
const bytes = Buffer.byteLength(html);
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
const size = `${kb(bytes)} (${kb(gzipSync(html).length)} gzipped)`;
if (bytes > MAX_BYTES) {
  console.error(`The single file is ${size}, over its budget of ${kb(MAX_BYTES)}: not written.`);
  process.exit(1);
}
mkdirSync(SINGLE_DIR, { recursive: true });
writeAtomically(`${SINGLE_DIR}/${name}`, html);
console.log(`${SINGLE_DIR}/${name}: ${size}`);
const flag = process.argv.indexOf('--beside');
const beside = (flag > 0 && process.argv[flag + 1]) || 'dist';
if (shipBeside(beside, name, html)) console.log(`Shipped beside the app in ${beside}/.`);
