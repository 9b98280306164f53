/**
 * The graph's bench page: mounts the graph on a generated story (?size=story|10|1000|3400),
 * with the positions scripts/bench-graph.ts stored for it (window.__storedLayout, as a story's
 * layout file would give them), and measures what a reader feels:
 * - ready: from mount until the graph is drawn and its overlay measured, the frame painted;
 * - a click on a node (the overlay's option, as a pointer click lands) until the frame with
 *   the new selection is painted (`clicks` of them, 30 unless given), and the canvas's own
 *   redraw time in that frame;
 * - pan and zoom: `steps` wheel steps (half in, half out) then as many drag moves, one a
 *   frame, and the interval between frames meanwhile (95th percentile and worst);
 * - in the first view, how many pairs of nodes overlap, each box with its name.
 */
import { flushSync, mount } from 'svelte';
import '../../src/styles/tokens.css';
import '../../src/styles/base.css';
import storyJson from '../../data/story.json';
import type { Story } from '../../src/model/schema';
import type { Layout } from '../../src/graph/layout';
import { buildIndex } from '../../src/model/indexes';
import { statesFor, type ItemRef } from '../../src/model/selection';
import { benchGraphStory } from './graph-story';
import GraphBench from './graph-bench.svelte';

export interface GraphBenchResult {
  entities: number;
  relations: number;
  ready: number;
  clickMedian: number;
  clickMax: number;
  drawMedian: number;
  frameP95: number;
  frameMax: number;
  longFrames: number;
  optionsInDom: number;
  /** Pairs of nodes in the first view whose boxes, names included, overlap. */
  overlaps: number;
  /** Nodes in the first view. */
  inView: number;
}

declare global {
  interface Window {
    __graphBench?: GraphBenchResult | { error: string };
    __storedLayout?: Layout;
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** The frame after this one's rAF callbacks (Cytoscape draws in one) has been painted. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

type BenchCore = {
  renderer(): { render(...args: unknown[]): unknown };
  extent(): { x1: number; y1: number; x2: number; y2: number };
  nodes(): { length: number; map<T>(f: (n: BenchNode) => T): T[] };
};
type BenchNode = {
  boundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
};
const coreOf = () =>
  (document.querySelector('.canvas') as HTMLElement & { _cyreg?: { cy?: BenchCore } })._cyreg!.cy!;

/** The nodes in view, and how many pairs of them overlap, each box with its name. */
function overlapsInView(): { overlaps: number; inView: number } {
  const cy = coreOf();
  const v = cy.extent();
  const boxes = cy
    .nodes()
    .map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }))
    .filter((b) => b.x2 > v.x1 && b.x1 < v.x2 && b.y2 > v.y1 && b.y1 < v.y2);
  let overlaps = 0;
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
    }),
  );
  return { overlaps, inView: boxes.length };
}

/** Times Cytoscape's own canvas redraws (its renderer's render calls). */
function timeDraws(): { reset(): void; total(): number } {
  const renderer = coreOf().renderer();
  const original = renderer.render.bind(renderer);
  let sum = 0;
  renderer.render = (...args: unknown[]) => {
    const t = performance.now();
    const out = original(...args);
    sum += performance.now() - t;
    return out;
  };
  return { reset: () => (sum = 0), total: () => sum };
}

async function run(): Promise<GraphBenchResult> {
  const params = new URLSearchParams(location.search);
  const story = benchGraphStory(storyJson as unknown as Story, params.get('size') ?? 'story');
  const clicks = Number(params.get('clicks') ?? '30');
  const steps = Number(params.get('steps') ?? '40');
  const index = buildIndex(story);
  await frame();
  const start = performance.now();
  const select = (item: ItemRef | null) => bench.setStates(statesFor(index, item));
  const bench = mount(GraphBench, {
    target: document.getElementById('bench')!,
    props: { story: { story, index }, layout: window.__storedLayout ?? null, onselect: select },
  });
  // Ready, and its first view given to Cytoscape (a big graph is given in parts, from it on).
  while (!document.querySelector('.stage[data-ready="true"]') || !coreOf().nodes().length)
    await frame();
  await painted();
  const ready = performance.now() - start;
  const firstView = overlapsInView();

  const drawn = timeDraws();
  const click: number[] = [];
  const draw: number[] = [];
  for (let i = 0; i < clicks; i++) {
    const options = document.querySelectorAll<HTMLElement>('.node[data-entity-id]');
    const option = options[(i * 7919) % options.length]!;
    await painted();
    drawn.reset();
    const t = performance.now();
    option.click();
    flushSync();
    await painted();
    click.push(performance.now() - t);
    draw.push(drawn.total());
    if (option.dataset.state !== 'selected') throw new Error('the click selected nothing');
  }
  const optionsInDom = document.querySelectorAll('.node[data-entity-id]').length;

  // Pan and zoom, one input a frame, as a wheel or a drag gives them.
  const layer = document.querySelector<HTMLElement>('.nodes')!;
  const r = layer.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true };
  const long: number[] = [];
  const loopStart = performance.now();
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => e.startTime >= loopStart && long.push(e.duration)),
  );
  observer.observe({ type: 'long-animation-frame', buffered: false });
  const intervals: number[] = [];
  let last = await frame();
  const step = async (input: () => void) => {
    input();
    const now = await frame();
    intervals.push(now - last);
    last = now;
  };
  for (let i = 0; i < steps; i++) {
    const deltaY = i < steps / 2 ? -60 : 60;
    await step(() => layer.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY })));
  }
  layer.dispatchEvent(new PointerEvent('pointerdown', { ...at, buttons: 1 }));
  for (let i = 0; i < steps; i++) {
    const dx = (i < steps / 2 ? 1 : -1) * 12 * (i % (steps / 2));
    const move = { ...at, clientX: at.clientX + dx, clientY: at.clientY + dx / 2, buttons: 1 };
    await step(() => layer.dispatchEvent(new PointerEvent('pointermove', move)));
  }
  await frame();
  observer.disconnect();
  return {
    entities: story.entities.length,
    relations: story.relations.length,
    ready,
    clickMedian: median(click),
    clickMax: Math.max(...click),
    drawMedian: median(draw),
    frameP95: p95(intervals),
    frameMax: Math.max(...intervals),
    longFrames: long.length,
    optionsInDom,
    ...firstView,
  };
}

run().then(
  (r) => (window.__graphBench = r),
  (e: unknown) => (window.__graphBench = { error: String(e) }),
);
