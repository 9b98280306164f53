/**
 * The graph's bench page: mounts the graph on a generated story (?size=story|10|1000), waits
 * for its layout, then times `selections` selections (60 unless given): the synchronous work (state to classes on the
 * canvas's elements) and the time until the next frame has been painted.
 */
import { flushSync, mount } from 'svelte';
import '../../src/styles/tokens.css';
import '../../src/styles/base.css';
import storyJson from '../../data/story.json';
import type { Story } from '../../src/model/schema';
import { buildIndex } from '../../src/model/indexes';
import { statesFor } from '../../src/model/selection';
import { scaledStory } from './generate-story';
import { randomGraphStory } from './graph-story';
import GraphBench from './graph-bench.svelte';

export interface GraphBenchResult {
  entities: number;
  relations: number;
  ready: number;
  syncMedian: number;
  syncMax: number;
  drawMedian: number;
  drawMax: number;
  paintedMedian: number;
  paintedMax: number;
}

declare global {
  interface Window {
    __graphBench?: GraphBenchResult | { error: string };
  }
}

const base = storyJson as unknown as Story;
const params = new URLSearchParams(location.search);
const size = params.get('size') ?? 'story';
const selections = Number(params.get('selections') ?? '60');
const story =
  size === '1000' ? randomGraphStory(base, 1000, 3000) : scaledStory(base, size === '10' ? 10 : 1);
const index = buildIndex(story);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times Cytoscape's own canvas redraws (its renderer's render calls). */
function timeDraws(): { reset(): void; total(): number } {
  const host = document.querySelector('.canvas') as HTMLElement & {
    _cyreg?: { cy?: { renderer(): { render(...args: unknown[]): unknown } } };
  };
  const renderer = host._cyreg!.cy!.renderer();
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
  const start = performance.now();
  const bench = mount(GraphBench, {
    target: document.getElementById('bench')!,
    props: { story: { story, index } },
  });
  while (!document.querySelector('.stage[data-ready="true"]')) await frame();
  const ready = performance.now() - start;
  const drawn = timeDraws();
  const sync: number[] = [];
  const painted: number[] = [];
  const draw: number[] = [];
  for (let i = 0; i < selections; i++) {
    const entity = story.entities[(i * 7919) % story.entities.length]!;
    const next = statesFor(index, i % 10 === 9 ? null : { kind: 'entity', id: entity.id });
    await frame();
    const t = performance.now();
    bench.setStates(next);
    flushSync();
    sync.push(performance.now() - t);
    drawn.reset();
    await frame();
    await frame();
    painted.push(performance.now() - t);
    draw.push(drawn.total());
  }
  return {
    entities: story.entities.length,
    relations: story.relations.length,
    ready,
    syncMedian: median(sync),
    syncMax: Math.max(...sync),
    drawMedian: median(draw),
    drawMax: Math.max(...draw),
    paintedMedian: median(painted),
    paintedMax: Math.max(...painted),
  };
}

run().then(
  (r) => (window.__graphBench = r),
  (e: unknown) => (window.__graphBench = { error: String(e) }),
);
