/**
 * Runs in Chromium (scripts/bench.ts opens it): mounts the timeline with a story `factor`
 * times the real one, then measures the first render and the frames of a wheel zoom of
 * `steps` wheel events (80 unless given; half in, half out).
 */
import { flushSync, mount } from 'svelte';
import '../../src/styles/tokens.css';
import '../../src/styles/base.css';
import storyJson from '../../data/story.json';
import Timeline from '../../src/timeline/Timeline.svelte';
import { validateStory } from '../../src/model/validate';
import type { Story } from '../../src/model/schema';
import { scaledStory } from './generate-story';

declare global {
  interface Window {
    __bench?: Record<string, number>;
    __benchError?: string;
  }
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

async function run() {
  const params = new URLSearchParams(location.search);
  const factor = Number(params.get('factor') ?? '1');
  const steps = Number(params.get('steps') ?? '80');
  const result = validateStory(scaledStory(storyJson as unknown as Story, factor));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const target = document.getElementById('bench')!;
  await nextFrame();
  const t0 = performance.now();
  mount(Timeline, {
    target,
    props: {
      events: result.index.eventsInOrder,
      categories: result.story.categories,
      spans: result.index.eventSpan,
      states: new Map(),
      onselect: () => {},
      onhover: () => {},
    },
  });
  flushSync();
  await nextFrame();
  await nextFrame();
  const render = performance.now() - t0;

  const plot = target.querySelector('g.plot') as SVGGElement;
  // The wheel's zoom comes in its own chunk after the first render (zoomable.svelte.ts).
  while (!plot.hasAttribute('data-zoomable')) await nextFrame();
  const frame = target.querySelector('[role="listbox"]') as HTMLElement;
  const box = plot.getBoundingClientRect();
  const frames: number[] = [];
  const work: number[] = [];
  const script: number[] = [];
  // Long animation frames (over 50 ms), as Chromium itself reports them.
  const long: number[] = [];
  const loopStart = performance.now();
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      if (e.startTime >= loopStart) long.push(e.duration);
    }),
  );
  observer.observe({ type: 'long-animation-frame', buffered: false });
  let maxZoom = 1;
  let last = await nextFrame();
  for (let i = 0; i < steps; i++) {
    // Zoom in for half the frames, then out again, around a point in the busy spring of 2025.
    const deltaY = i < steps / 2 ? -40 : 40;
    const w0 = performance.now();
    plot.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY,
        clientX: box.left + box.width * 0.8,
        clientY: box.top + 40,
        bubbles: true,
        cancelable: true,
      }),
    );
    flushSync();
    script.push(performance.now() - w0);
    plot.getBoundingClientRect(); // forces style and layout, as the frame will
    work.push(performance.now() - w0);
    maxZoom = Math.max(maxZoom, Number(frame.dataset.zoom));
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  await nextFrame();
  observer.disconnect();
  frames.sort((a, b) => a - b);
  work.sort((a, b) => a - b);
  window.__bench = {
    maxZoom,
    workMedian: work[Math.floor(work.length / 2)]!,
    workMax: work[work.length - 1]!,
    scriptMedian: script.sort((a, b) => a - b)[Math.floor(script.length / 2)]!,
    longFrames: long.length,
    longestFrame: long.length ? Math.max(...long) : 0,
    events: result.story.events.length,
    render,
    frameMedian: frames[Math.floor(frames.length / 2)]!,
    frameP95: frames[Math.floor(frames.length * 0.95)]!,
    frameMax: frames[frames.length - 1]!,
    marks: target.querySelectorAll('[data-event-id]').length,
  };
}

run().catch((e) => {
  window.__bench = { error: 1 };
  console.error(e);
});
