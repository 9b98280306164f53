/**
 * The project's layering and component rules, checked on the source text. Each rule lists every
 * offender at once, as `file:line` and what is wrong, so one run shows all there is to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** Project-relative paths, with forward slashes, of the files under `dir` that `keep` accepts. */
function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((p) => `${dir}/${p.split(sep).join('/')}`)
    .filter(keep)
    .sort();
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** A Svelte file's `<script>` blocks, everything else blanked out so lines keep their numbers. */
function scriptsOf(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/(<script(?=[\s>])[^>]*>)([\s\S]*?)<\/script>/g)) {
    const start = m.index + m[1]!.length;
    out += text.slice(last, start).replace(/[^\n]/g, ' ') + m[2];
    last = start + m[2]!.length;
  }
  return out + text.slice(last).replace(/[^\n]/g, ' ');
}

interface Import {
  specifier: string;
  line: number;
}

/** Every module a file imports or re-exports from, type-only ones and `import()` included. */
function importsOf(path: string): Import[] {
  const text = read(path);
  const code = path.endsWith('.svelte') ? scriptsOf(text) : text;
  const { importedFiles } = ts.preProcessFile(code, true, true);
  return importedFiles.map((f) => ({
    specifier: f.fileName,
    line: code.slice(0, f.pos).split('\n').length,
  }));
}

/** The project-relative path a relative specifier points at; bare specifiers stay as they are. */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(ROOT, dirname(from), specifier))
    .split(sep)
    .join('/');
}

const isSource = (p: string) => /\.(ts|mjs|js|svelte)$/.test(p) && !p.endsWith('.d.ts');
const isTest = (p: string) => /\.(test|spec)\.ts$/.test(p);

describe('architecture', () => {
  it('src/model imports only src/model, src/i18n and pure packages', () => {
    // The model is plain data and logic: it runs in Node (scripts, unit tests) as in the browser.
    // Its tests may use fixtures and test tools, so they are not held to this.
    const pure = ['zod', 'zod/mini', 'd3-time', 'd3-scale'];
    const offenders = filesUnder('src/model', (p) => isSource(p) && !isTest(p)).flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => {
          const to = target(file, specifier);
          if (!specifier.startsWith('.')) return !pure.includes(specifier);
          return !to.startsWith('src/model/') && !to.startsWith('src/i18n/');
        })
        .map(({ specifier, line }) => `${file}:${line} imports '${specifier}'`),
    );
    expect(offenders).toEqual([]);
  });

  it('only src/graph imports cytoscape', () => {
    // scripts/ and tests/bench/ are tools, not the app: the layout precomputation and the graph
    // bench drive Cytoscape headless there, so they may import it too.
    const files = ['src', 'tests', 'scripts']
      .flatMap((dir) => filesUnder(dir, isSource))
      .filter((p) => !/^(src\/graph|scripts|tests\/bench)\//.test(p));
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => /^cytoscape(-fcose)?(\/|$)/.test(specifier))
        .map(({ specifier, line }) => `${file}:${line} imports '${specifier}'`),
    );
    expect(offenders).toEqual([]);
  });

  const components = filesUnder('src', (p) => p.endsWith('.svelte'));

  it('no Svelte component under src is longer than 200 lines', () => {
    const offenders = components.flatMap((file) => {
      const lines = read(file).replace(/\n$/, '').split('\n').length;
      return lines > 200 ? [`${file}:201 has ${lines} lines, over 200`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('every Svelte component under src starts with an <!-- @component --> comment', () => {
    const offenders = components
      .filter((file) => !/^<!--\s*@component\b/.test(read(file)))
      .map((file) => `${file}:1 does not start with <!-- @component … -->`);
    expect(offenders).toEqual([]);
  });
});
