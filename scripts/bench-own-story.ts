/**
 * A reader's own big story opened in the browser: 3,000 entities, 5,000 relations and 1,200
 * events (tests/fixtures/big-story.ts), with no stored layout, served on the page's own site
 * and opened by `?story=` in the production build, in Chromium, twice. For each load: when
 * the story's heading shows, how long a keyboard zoom of the timeline takes to answer while the
 * graph's layout runs in its worker (each press's event time stamp to the timeline's new zoom,
 * pressed again as soon as answered, for as long as the layout runs), when the graph is ready,
 * and the layout's fingerprint (the stage's data-layout), which must be the same on both loads.
 * Run by scripts/bench.ts; BENCH_QUICK=1 opens a 305-entity story instead.
 */
import type { Page } from '@playwright/test';
import { openBenchSite } from './bench-site';
import { bigStory, type BigStorySize } from '../tests/fixtures/big-story';

export interface OwnStoryLoad {
  /** From navigation to the story's heading, and to the graph drawn and measured, ms. */
  heading: number;
  graph: number;
  /** Each keyboard zoom answered while the layout ran, ms. */
  zooms: number[];
  /** The progress bar's values, in the order they showed. */
  bar: string[];
  fingerprint: string;
}

export const OWN_STORY_SIZE: BigStorySize = process.env.BENCH_QUICK
  ? { entities: 305, relations: 400, events: 40 }
  : { entities: 3000, relations: 5000, events: 1200 };

declare global {
  interface Window {
    __zoom?: { pressed?: number; answered?: number };
    __bar?: string[];
  }
}

/** Every value the layout's bar takes, from the page's first byte. */
const WATCH_BAR = `
  const seen = [];
  window.__bar = seen;
  new MutationObserver(() => {
    const value = document.querySelector('[data-testid="layout-progress"]')?.getAttribute('aria-valuenow');
    if (value && seen.at(-1) !== value) seen.push(value);
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** Presses + and − in turn on the timeline while the layout's bar shows; each press's latency. */
async function zoomsDuringLayout(page: Page): Promise<number[]> {
  const timeline = page.locator('[data-view="timeline"] [role="listbox"]');
  await timeline.focus();
  await timeline.evaluate((el) => {
    el.addEventListener('keydown', (e) => (window.__zoom = { pressed: e.timeStamp }), {
      capture: true,
    });
    new MutationObserver(() => {
      if (window.__zoom) window.__zoom.answered ??= performance.now();
    }).observe(el, { attributes: true, attributeFilter: ['data-zoom'] });
  });
  const bar = page.locator('[data-testid="layout-progress"]');
  const out: number[] = [];
  for (let i = 0; (await bar.count()) > 0 && i < 200; i++) {
    await page.keyboard.press(i % 2 === 0 ? '+' : '-');
    await page.waitForFunction(() => window.__zoom?.answered !== undefined);
    const { pressed, answered } = (await page.evaluate(() => window.__zoom))!;
    // Only presses answered while the layout still ran: the bar is gone after a late one.
    if ((await bar.count()) > 0) out.push(answered! - pressed!);
  }
  return out;
}

export async function benchOwnStory(loads = 2): Promise<OwnStoryLoad[]> {
  const site = await openBenchSite({
    outDir: 'node_modules/.cache/bench-own-dist',
    port: 4195,
    files: { 'big-story.json': JSON.stringify(bigStory(OWN_STORY_SIZE)) },
  });
  const all: OwnStoryLoad[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const page = await site.newPage({ width: 1280, height: 720 });
      await page.addInitScript(WATCH_BAR);
      await page.goto(`${site.url}?story=big-story.json`, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1, name: 'A big story' }).waitFor();
      const heading = await page.evaluate(() => performance.now());
      const zooms = await zoomsDuringLayout(page);
      const stage = page.locator('.stage[data-ready="true"]');
      await stage.waitFor({ timeout: 120_000 });
      const graph = await page.evaluate(() => performance.now());
      const fingerprint = (await stage.getAttribute('data-layout')) ?? '(none)';
      const bar = (await page.evaluate(() => window.__bar)) ?? [];
      all.push({ heading, graph, zooms, bar, fingerprint });
      await page.close();
    }
  } finally {
    await site.close();
  }
  return all;
}
