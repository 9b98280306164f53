// `npx tsx scripts/bench-graph.ts`: the entity graph on headless Cytoscape (no DOM, no
// drawing) at the story's size, 10×, 1,000 entities with 3,000 relations, and 100×: time to
// build the elements, to lay them out once, and to apply a selection (median of 60, worst
// in brackets). Then the real thing in Chromium: a selection's work and the time until the
// next frame is painted. Prints markdown tables. GRAPH_BENCH_HEADLESS=1 skips the browser;
// BENCH_QUICK=1 (as in scripts/bench.ts) keeps to the story's own size and 12 selections.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import cytoscape from 'cytoscape';
import { buildIndex, type StoryIndex } from '../src/model/indexes';
import { statesFor, NO_STATES, type ItemRef } from '../src/model/selection';
import type { Story } from '../src/model/schema';
import { storyElements } from '../src/graph/elements';
import { buildStyle, paletteFrom } from '../src/graph/style';
import { computeLayout, layoutHash, layoutInput, type Layout } from '../src/graph/layout';
import { classesFor, diffClasses, type ClassMap } from '../src/graph/diff';
import { applyClasses, applyLayout } from '../src/graph/graph-view';
import { seededRandom } from '../src/graph/random';
import { scaledStory } from '../tests/bench/generate-story';
import { benchGraphStory } from '../tests/bench/graph-story';
import type { GraphBenchResult } from '../tests/bench/graph-bench';
import { openBenchSite } from './bench-site';
import { median, summarize } from './bench-summary';

const QUICK = Boolean(process.env.BENCH_QUICK);
const SELECTIONS = QUICK ? 12 : 60;
/** Clicks on nodes, and wheel steps (then as many drag moves), in the browser. */
const CLICKS = QUICK ? 8 : 30;
const STEPS = QUICK ? 10 : 40;
/** The machine's load average over the last minute, printed beside the numbers. */
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
const base = JSON.parse(readFileSync(resolve('data/story.json'), 'utf8')) as Story;

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}

async function bench(label: string, size: string, story: Story) {
  const index: StoryIndex = buildIndex(story);
  const style = buildStyle(
    paletteFrom(() => ''),
    { transitions: false, edgeFontSize: 12 },
  );
  const [cy, buildMs] = time(() =>
    cytoscape({ headless: true, styleEnabled: true, style, elements: storyElements(story) }),
  );
  const t = performance.now();
  const layout = await computeLayout(layoutInput(story));
  applyLayout(cy, layout);
  const layoutMs = performance.now() - t;
  layouts.set(size, layout);

  const ids = {
    entities: story.entities.map((e) => e.id),
    relations: story.relations.map((r) => r.id),
  };
  let applied: ClassMap = new Map();
  const random = seededRandom(11);
  const selectMs: number[] = [];
  const touched: number[] = [];
  for (let i = 0; i < SELECTIONS; i++) {
    const item: ItemRef | null =
      i % 10 === 9
        ? null
        : { kind: 'entity', id: ids.entities[Math.floor(random() * ids.entities.length)]! };
    const [, ms] = time(() => {
      const states = statesFor(index, item);
      const next = classesFor(ids, { states, hoverStates: NO_STATES, active: null });
      const changes = diffClasses(applied, next);
      applyClasses(cy, changes);
      applied = next;
      touched.push(changes.size);
    });
    selectMs.push(ms);
  }
  cy.destroy();
  const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
  return `| ${label} | ${story.entities.length} / ${story.relations.length} | ${f(buildMs)} | ${f(layoutMs)} | ${f(median(selectMs))} (${f(Math.max(...selectMs))}) | ${median(touched)} |`;
}

// Made one at a time, when their turn comes: the 100× story alone takes a while to generate.
const cases: [string, string, () => Story][] = [
  ['story', 'story', () => base],
  ['10×', '10', () => scaledStory(base, 10)],
  ['1,000 / 3,000', '1000', () => benchGraphStory(base, '1000')],
  ['3,400 / 5,000', '3400', () => benchGraphStory(base, '3400')],
  ['100×', '100', () => scaledStory(base, 100)],
];

/** Layouts computed here, by size, for the browser to read as stored positions. */
const layouts = new Map<string, Layout>();
const cacheDir = 'node_modules/.cache/bench-layouts';

/** The layout of a bench story, as a stored layout file would give it (cached by its hash). */
async function storedLayout(size: string, story: Story): Promise<Layout> {
  const input = layoutInput(story);
  const file = join(cacheDir, `${size}-${layoutHash(input)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Layout;
  const layout = await computeLayout(input);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(layout));
  return layout;
}

console.log(`\n### Entity graph (headless Cytoscape, Node ${process.version}; ${load()})\n`);
console.log(
  '| size | entities / relations | build ms | layout ms (once) | selection ms, median (max) | elements touched, median |',
);
console.log('|---|---|---|---|---|---|');
if (!process.env.GRAPH_BENCH_BROWSER_ONLY)
  for (const [label, size, story] of QUICK ? cases.slice(0, 1) : cases)
    console.log(await bench(label, size, story()));

async function benchBrowser(): Promise<void> {
  const site = await openBenchSite({
    outDir: 'node_modules/.cache/bench-graph-dist',
    port: 4192,
    pages: ['tests/bench/graph.html'],
  });
  console.log(
    `\n### Entity graph in Chromium, stored positions (1024 × 640, ${CLICKS} clicks, ${STEPS} wheel steps and ${STEPS} drag moves; ${load()})\n`,
  );
  console.log(
    '| size | entities / relations | ready ms | click to painted selection ms, median (max) | canvas redraw in it ms, median | pan/zoom frame interval ms, p95 (max) | frames over 50 ms | nodes in the first view: overlapping pairs | load |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  try {
    const sizes = cases.filter(([, size]) => ['story', '10', '1000', '3400'].includes(size));
    for (const [label, size, story] of QUICK ? sizes.slice(0, 1) : sizes) {
      const layout = layouts.get(size) ?? (await storedLayout(size, story()));
      const page = await site.newPage({ width: 1100, height: 700 });
      await page.addInitScript((l) => (window.__storedLayout = l), layout);
      await page.goto(
        `${site.url}tests/bench/graph.html?size=${size}&clicks=${CLICKS}&steps=${STEPS}`,
      );
      await page.waitForFunction(() => window.__graphBench !== undefined, null, {
        timeout: 300_000,
      });
      const r = (await page.evaluate(() => window.__graphBench))!;
      if ('error' in r) throw new Error(`the graph bench failed at ${label}: ${r.error}`);
      const f = (n: number) => n.toFixed(1);
      const row = r as GraphBenchResult;
      console.log(
        `| ${label} | ${row.entities} / ${row.relations} | ${f(row.ready)} | ${f(row.clickMedian)} (${f(row.clickMax)}) | ${f(row.drawMedian)} | ${f(row.frameP95)} (${f(row.frameMax)}) | ${row.longFrames} | ${row.inView}: ${row.overlaps} | ${load()} |`,
      );
      const at = load().replace('load ', '');
      if (size !== '10') {
        summarize(`Graph ready, ${label}`, '< 1500 ms', `${f(row.ready)} ms`, at);
        summarize(
          `Graph click to painted selection, ${label}`,
          '< 100 ms (median)',
          `${f(row.clickMedian)} ms`,
          at,
        );
        summarize(`Graph pan/zoom frames p95, ${label}`, '< 50 ms', `${f(row.frameP95)} ms`, at);
        summarize(
          `Graph names overlapping in the first view, ${label}`,
          'none',
          `${row.overlaps} pairs of ${row.inView} nodes`,
          at,
        );
      }
      await page.close();
    }
  } finally {
    await site.close();
  }
}

if (!process.env.GRAPH_BENCH_HEADLESS) await benchBrowser();
