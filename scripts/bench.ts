/**
 * `npm run bench`: measures, in Debian's Chromium, the timeline's first render and its zoom
 * frame times on generated stories at 1×, 10× and 100× the story's size (and 5,000 events),
 * a selection in the whole app, then runs the graph benchmark (scripts/bench-graph.ts).
 * Prints markdown tables.
 *
 * `BENCH_QUICK=1 npm run bench`: every bench at the story's own size only, with fewer zoom steps
 * and selections, so the whole run takes well under a minute: a smoke test that the benches
 * still work, not a measurement. scripts/bench-graph.ts reads the same variable.
 */
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../tests/e2e/support/chromium';

const QUICK = Boolean(process.env.BENCH_QUICK);
/** Wheel-zoom steps on the timeline (half in, half out) and selections in the whole app. */
const ZOOM_STEPS = QUICK ? 20 : 80;
const SELECTIONS = QUICK ? 12 : 60;

const FACTORS: [string, number][] = [
  ['1×', 1],
  ['10×', 10],
  ['100×', 100],
  ['5,000 events', 179],
].filter(([, f]) => !QUICK || f === 1) as [string, number][];

const SELECTION_FACTORS: [string, number][] = [
  ['1×', 1],
  ['100×', 100],
].filter(([, f]) => !QUICK || f === 1) as [string, number][];

async function benchTimeline() {
  // A production build of the bench page, as readers get the app: no dev-mode checks.
  const outDir = 'node_modules/.cache/bench-dist';
  await build({
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: ['tests/bench/timeline.html', 'tests/bench/app.html'] },
    },
  });
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4190, host: '127.0.0.1', strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: string[] = [];
  const selectionRows: string[] = [];
  try {
    for (const [name, factor] of FACTORS) {
      const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
      page.on('pageerror', (e) => console.error(e.message));
      await page.goto(
        `http://127.0.0.1:4190/tests/bench/timeline.html?factor=${factor}&steps=${ZOOM_STEPS}`,
      );
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
      const r = (await page.evaluate(() => window.__bench))!;
      if (r.error) throw new Error(`the timeline bench failed at ${name}`);
      const f = (n: number | undefined) => (n ?? NaN).toFixed(1);
      rows.push(
        `| ${name} | ${r.events} | ${f(r.render)} | ${f(r.workMedian)} (script ${f(r.scriptMedian)}) | ${f(r.workMax)} | ${f(r.frameMedian)} | ${f(r.frameMax)} | ${r.longFrames} | ${f(r.longestFrame)} | ${f(r.maxZoom)}× |`,
      );
      await page.close();
    }
    for (const [name, factor] of SELECTION_FACTORS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      page.on('pageerror', (e) => console.error(e.message));
      await page.goto(
        `http://127.0.0.1:4190/tests/bench/app.html?factor=${factor}&selections=${SELECTIONS}`,
      );
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 600_000 });
      const r = (await page.evaluate(() => window.__bench))!;
      if (r.error) {
        const why = await page.evaluate(() => window.__benchError);
        selectionRows.push(`| ${name} | failed: ${why} | | | | |`);
        await page.close();
        continue;
      }
      const f = (n: number | undefined) => (n ?? NaN).toFixed(1);
      selectionRows.push(
        `| ${name} | ${r.events} / ${r.entities} / ${r.relations} | ${f((r.ready ?? 0) / 1000)} | ${f(r.syncMedian)} | ${f(r.syncMax)} | ${f(r.frameMedian)} |`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\n### Timeline in Chromium (1280 px wide, ${ZOOM_STEPS} wheel-zoom steps, production build)\n`,
  );
  console.log(
    '| size | events | first render ms | zoom step work median ms | work max ms | frame interval median ms | frame interval max ms | frames over 50 ms | longest such frame ms | deepest zoom |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((r) => console.log(r));
  console.log(
    `\n### A selection, every view (Chromium, 1280×720, ${SELECTIONS} selections from the list view)\n`,
  );
  console.log(
    '| size | events / entities / relations | ready s | all views updated, median ms | max ms | until the next frame is painted, median ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  selectionRows.forEach((r) => console.log(r));
}

await benchTimeline();
const graph = spawnSync('npx', ['tsx', 'scripts/bench-graph.ts'], { stdio: 'inherit' });
process.exit(graph.status ?? 1);
