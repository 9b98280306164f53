/**
 * `npm run bench`: measures, in Debian's Chromium, the timeline's first render and its zoom
 * frame times on generated stories at 1×, 10× and 100× the story's size and at 5,000 and
 * 20,000 events, a selection in the whole app, the JS heap after many selections and zooms,
 * the first seconds on a slow network (scripts/bench-load.ts), a reader's own story of 3,000
 * entities opened twice (scripts/bench-own-story.ts), then runs the graph benchmark
 * (scripts/bench-graph.ts). Prints markdown tables, then one summary table of every target
 * (docs in README.md, "Measuring"), each number with the machine's load average beside it.
 *
 * `BENCH_QUICK=1 npm run bench`: every bench at the story's own size only, with fewer zoom steps
 * and selections, so the whole run takes well under a minute: a smoke test that the benches
 * still work, not a measurement. scripts/bench-graph.ts reads the same variable.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { benchLoad, type LoadTimes } from './bench-load';
import { openBenchSite } from './bench-site';
import { benchOwnStory, OWN_STORY_SIZE } from './bench-own-story';
import { median, printSummary, summarize } from './bench-summary';

const QUICK = Boolean(process.env.BENCH_QUICK);
/** Wheel-zoom steps on the timeline (half in, half out) and selections in the whole app. */
const ZOOM_STEPS = QUICK ? 20 : 80;
const SELECTIONS = QUICK ? 12 : 60;

const FACTORS: [string, number][] = [
  ['1×', 1],
  ['10×', 10],
  ['100×', 100],
  // The story has 42 events: 119 copies make 4,998, 476 make 19,992.
  ['5,000 events', 119],
  ['20,000 events', 476],
].filter(([, f]) => !QUICK || f === 1) as [string, number][];
/** Selections and zooms before the heap is read the first time, and in all. */
const HEAP = QUICK ? { first: 20, all: 200 } : { first: 100, all: 2000 };
const load = () => loadavg()[0]!.toFixed(1);
/** The timeline's and the whole explainer's bench pages, built once for both parts. */
const BENCH_DIST = 'node_modules/.cache/bench-dist';

const SELECTION_FACTORS: [string, number][] = [
  ['1×', 1],
  ['100×', 100],
].filter(([, f]) => !QUICK || f === 1) as [string, number][];

async function benchTimeline() {
  // A production build of the bench page, as readers get the app: no dev-mode checks.
  const site = await openBenchSite({
    outDir: BENCH_DIST,
    port: 4190,
    pages: ['tests/bench/timeline.html', 'tests/bench/app.html'],
  });
  const rows: string[] = [];
  const selectionRows: string[] = [];
  try {
    for (const [name, factor] of FACTORS) {
      const page = await site.newPage({ width: 1320, height: 900 });
      await page.goto(`${site.url}tests/bench/timeline.html?factor=${factor}&steps=${ZOOM_STEPS}`);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
      const r = (await page.evaluate(() => window.__bench))!;
      if (r.error) throw new Error(`the timeline bench failed at ${name}`);
      const f = (n: number | undefined) => (n ?? NaN).toFixed(1);
      rows.push(
        `| ${name} | ${r.events} | ${f(r.render)} | ${f(r.workMedian)} (script ${f(r.scriptMedian)}) | ${f(r.workMax)} | ${f(r.frameMedian)} | ${f(r.frameP95)} | ${f(r.frameMax)} | ${r.longFrames} | ${f(r.longestFrame)} | ${f(r.maxZoom)}× | ${load()} |`,
      );
      if (factor === 1 || factor >= 119) {
        const limit = factor === 476 ? 2000 : 600;
        summarize(
          `Timeline first render, ${name} (${r.events})`,
          `< ${limit} ms`,
          `${f(r.render)} ms`,
          load(),
        );
      }
      if (factor === 476 || factor === 1)
        summarize(`Timeline zoom frames p95, ${name}`, '< 50 ms', `${f(r.frameP95)} ms`, load());
      await page.close();
    }
    for (const [name, factor] of SELECTION_FACTORS) {
      const page = await site.newPage({ width: 1280, height: 720 });
      await page.goto(`${site.url}tests/bench/app.html?factor=${factor}&selections=${SELECTIONS}`);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 600_000 });
      const r = (await page.evaluate(() => window.__bench))!;
      if (r.error) {
        const why = await page.evaluate(() => window.__benchError);
        selectionRows.push(`| ${name} | failed: ${why} | | | | | | |`);
        await page.close();
        continue;
      }
      const f = (n: number | undefined) => (n ?? NaN).toFixed(1);
      selectionRows.push(
        `| ${name} | ${r.events} / ${r.entities} / ${r.relations} | ${f((r.ready ?? 0) / 1000)} | ${f(r.syncMedian)} | ${f(r.syncMax)} | ${f(r.frameMedian)} | ${f(r.listsOpen)} | ${load()} |`,
      );
      summarize(
        `Selection painted in every view, ${name}`,
        '< 100 ms',
        `${f(r.frameMedian)} ms`,
        load(),
      );
      summarize(`Lists tab opens, ${name}`, '< 200 ms', `${f(r.listsOpen)} ms`, load());
      await page.close();
    }
  } finally {
    await site.close();
  }
  console.log(
    `\n### Timeline in Chromium (1280 px wide, ${ZOOM_STEPS} wheel-zoom steps, production build)\n`,
  );
  console.log(
    '| size | events | first render ms | zoom step work median ms | work max ms | frame interval median ms | p95 ms | max ms | frames over 50 ms | longest such frame ms | deepest zoom | load |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((r) => console.log(r));
  console.log(
    `\n### A selection, every view (Chromium, 1280×720, ${SELECTIONS} selections from the list view)\n`,
  );
  console.log(
    '| size | events / entities / relations | ready s | all views updated, median ms | max ms | until the next frame is painted, median ms | Lists tab opened, ms | load |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  selectionRows.forEach((r) => console.log(r));
}

/**
 * The JS heap after `HEAP.first` selections (each with a wheel zoom on the graph) and after
 * `HEAP.all`, each read after a full garbage collection (HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage), on the whole explainer at 10× the story (1× with BENCH_QUICK).
 */
async function benchHeap(): Promise<void> {
  // The pages the timeline's part built.
  const site = await openBenchSite({ outDir: BENCH_DIST, port: 4190, reuse: true });
  try {
    const page = await site.newPage({ width: 1280, height: 720 });
    const factor = QUICK ? 1 : 10;
    await page.goto(`${site.url}tests/bench/app.html?factor=${factor}&heap`);
    await page.waitForFunction(() => window.__churn !== undefined, null, { timeout: 300_000 });
    const cdp = await page.context().newCDPSession(page);
    const used = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    };
    await page.evaluate((n) => window.__churn!(n), HEAP.first);
    const first = await used();
    await page.evaluate((n) => window.__churn!(n), HEAP.all - HEAP.first);
    const last = await used();
    console.log(
      `\n### JS heap, whole explainer at ${factor}× (selections with a wheel zoom each)\n`,
    );
    console.log(`| after ${HEAP.first} MB | after ${HEAP.all} MB | growth MB | load |`);
    console.log('| --- | --- | --- | --- |');
    console.log(
      `| ${first.toFixed(1)} | ${last.toFixed(1)} | ${(last - first).toFixed(1)} | ${load()} |`,
    );
    summarize(
      `JS heap growth, ${HEAP.first} → ${HEAP.all} selections and zooms`,
      '< 5 MB',
      `${(last - first).toFixed(1)} MB`,
      load(),
    );
  } finally {
    await site.close();
  }
}

async function benchSlowNetwork(): Promise<void> {
  const runs = QUICK ? 1 : 3;
  // The page as most readers open it, and as a Spanish reader does (the translation too).
  const [t, es] = (await benchLoad(runs, ['', '?lang=es'])) as [LoadTimes, LoadTimes];
  console.log(
    `\n### First seconds at 400 kbit/s, 100 ms latency, CPU ×4 (median of ${runs}, ms from navigation)\n`,
  );
  console.log(
    '| reader | title and skeleton painted | script in | story in | timeline painted | graph drawn | kB sent before the timeline | load |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const ms = (n: number) => n.toFixed(0);
  for (const [reader, r] of [
    ['English', t],
    ['Spanish (?lang=es)', es],
  ] as const)
    console.log(
      `| ${reader} | ${ms(r.shell)} | ${ms(r.script)} | ${ms(r.story)} | ${ms(r.timeline)} | ${ms(r.graph)} | ${r.before.toFixed(1)} | ${load()} |`,
    );
  summarize('Slow network: title and skeleton', '< 1500 ms', `${ms(t.shell)} ms`, load());
  summarize('Slow network: timeline', '< 4000 ms', `${ms(t.timeline)} ms`, load());
  summarize(
    'Slow network: timeline, a Spanish reader',
    '< 4000 ms',
    `${ms(es.timeline)} ms`,
    load(),
  );
}

async function benchOwn(): Promise<void> {
  const loads = await benchOwnStory(2);
  const { entities, relations, events } = OWN_STORY_SIZE;
  const size = `${entities.toLocaleString('en')} / ${relations.toLocaleString('en')}`;
  console.log(
    `\n### A reader's own story, ${size} (and ${events} events), opened by ?story= (ms from navigation)\n`,
  );
  console.log(
    '| load | heading | keyboard zoom during the layout: median (worst) of n | the bar’s values | graph ready | layout fingerprint | load avg |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const zooms = loads.flatMap((l) => l.zooms);
  loads.forEach((l, i) => {
    const z = l.zooms.length
      ? `${median(l.zooms).toFixed(0)} (${Math.max(...l.zooms).toFixed(0)}) of ${l.zooms.length}`
      : 'none: the layout ended first';
    console.log(
      `| ${i + 1} | ${l.heading.toFixed(0)} | ${z} | ${l.bar.join(', ')} | ${l.graph.toFixed(0)} | ${l.fingerprint} | ${load()} |`,
    );
  });
  summarize(
    `Own story ${size}: keyboard zoom during the layout (median of ${zooms.length})`,
    '< 100 ms',
    zooms.length ? `${median(zooms).toFixed(0)} ms` : 'not measured',
    load(),
  );
  const same = loads.every((l) => l.fingerprint === loads[0]!.fingerprint);
  summarize(
    `Own story ${size}: the same picture on two loads`,
    'identical',
    same ? `identical (${loads[0]!.fingerprint})` : loads.map((l) => l.fingerprint).join(' ≠ '),
    load(),
  );
}

summarize.reset();
await benchTimeline();
await benchHeap();
await benchSlowNetwork();
await benchOwn();
const graph = spawnSync('npx', ['tsx', 'scripts/bench-graph.ts'], { stdio: 'inherit' });
printSummary(QUICK);
process.exit(graph.status ?? 1);
