/**
 * The first seconds on a slow school network: the production build (`vite build`, served
 * gzipped by `vite preview`) opened in Chromium with its network throttled to 400 kbit/s
 * each way with 100 ms of latency and its CPU four times slower (the DevTools protocol's
 * Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate), cache empty. Times,
 * from the start of navigation: the first paint with content (the title and the views'
 * outlines, index.html's skeleton), the first frame with the timeline's marks, and the graph
 * drawn; and where the time goes: when the script and the story arrived, and the bytes sent
 * before the timeline could be drawn. Run by scripts/bench.ts; BENCH_QUICK=1 makes one run
 * instead of three (median).
 */
import type { Page } from '@playwright/test';
import { openBenchSite, type BenchSite } from './bench-site';

export interface LoadTimes {
  /** First contentful paint, ms. */
  shell: number;
  /** The timeline's marks painted, ms. */
  timeline: number;
  /** The graph drawn and measured, ms. */
  graph: number;
  /**
   * The page's scripts (its module and those index.html preloads) and the story (with its
   * translation, for a reader of one) arrived, ms.
   */
  script: number;
  story: number;
  /** What crossed the network before the timeline could be drawn, kB as sent (gzipped). */
  before: number;
}

declare global {
  interface Window {
    __load?: Partial<LoadTimes> & { scripts?: string[] };
  }
}

const KBIT = 400;

/**
 * Watches the page from its first byte, injected by the browser (not the page's script, so
 * the page's policy does not apply). A string: a bundler's helpers would not be defined there.
 */
const WATCH = `
  const times = {};
  window.__load = times;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') times.shell = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const painted = (key) =>
    requestAnimationFrame(() => setTimeout(() => (times[key] ??= performance.now())));
  const seen = {};
  const watch = () => {
    if (!seen.timeline && document.querySelector('[data-view="timeline"] [data-event-id]'))
      painted((seen.timeline = 'timeline'));
    if (!seen.graph && document.querySelector('.stage[data-ready="true"]'))
      painted((seen.graph = 'graph'));
  };
  new MutationObserver(watch).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'],
  });
  // The scripts index.html names: read when its parsing ends, before any of them runs and
  // asks for more.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive' || times.scripts) return;
    times.scripts = [...document.querySelectorAll('script[src], link[rel="modulepreload"]')]
      .map((e) => new URL(e.src || e.href, location.href).href);
  });
`;

/**
 * When the page's script and the story arrived, and the bytes sent before the timeline could be
 * drawn (the page, its stylesheet, its script and the story, and for a reader of a translation
 * the translation and the interface text): where a slow network's time goes.
 */
async function arrivals(page: Page): Promise<Pick<LoadTimes, 'script' | 'story' | 'before'>> {
  // One pass, no helper functions inside: tsx would name them with a helper the page lacks.
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = new Set(window.__load?.scripts ?? []);
    let script = 0;
    let sent = nav.encodedBodySize;
    let story = NaN;
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const path = new URL(e.name).pathname;
      // A Spanish reader's too: the story's translation and the interface text (es-….js).
      const first =
        scripts.has(e.name) || /\/assets\/(index-[\w-]+\.css|[a-z]{2}-[\w-]{8}\.js)$/.test(path);
      const isStory = /\/assets\/story(\.[\w-]+)?-[\w-]+\.json$/.test(path);
      if (first || isStory) sent += e.encodedBodySize;
      if (scripts.has(e.name)) script = Math.max(script, e.responseEnd);
      if (isStory) story = Math.max(story || 0, e.responseEnd);
    }
    return { script: script || NaN, story, before: sent / 1000 };
  });
}

/**
 * The median of `runs` loads of the page at each query string ('' for the page as most readers
 * open it, '?lang=es' for a Spanish reader, who waits for the story's translation too).
 */
export async function benchLoad(runs: number, queries: readonly string[]): Promise<LoadTimes[]> {
  const site = await openBenchSite({ outDir: 'node_modules/.cache/bench-load-dist', port: 4194 });
  try {
    const medians: LoadTimes[] = [];
    for (const query of queries) medians.push(await loadMedian(site, runs, query));
    return medians;
  } finally {
    await site.close();
  }
}

async function loadMedian(site: BenchSite, runs: number, query: string): Promise<LoadTimes> {
  const all: LoadTimes[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await site.newPage({ width: 1280, height: 720 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: (KBIT * 1000) / 8,
      uploadThroughput: (KBIT * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Watches the page from its first byte (injected by the browser, not the page's script).
    await page.addInitScript(WATCH);
    await page.goto(`${site.url}${query}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__load?.graph !== undefined, null, {
      timeout: 120_000,
    });
    const times = (await page.evaluate(() => window.__load)) as LoadTimes;
    all.push({ ...times, ...(await arrivals(page)) });
    await page.close();
  }
  const mid = (key: keyof LoadTimes) =>
    all.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  return {
    shell: mid('shell'),
    timeline: mid('timeline'),
    graph: mid('graph'),
    script: mid('script'),
    story: mid('story'),
    before: mid('before'),
  };
}
