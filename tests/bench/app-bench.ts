/**
 * Runs in Chromium (scripts/bench.ts opens it): the whole explainer on a story `factor` times
 * the real one; then the Lists tab opened, until the frame after the click is drawn; then
 * `selections` selections (60 unless given), each made the way a reader makes it (a click on
 * a list item), timed until every view is updated and until the next frame is drawn.
 */
import { flushSync, mount } from 'svelte';
import '../../src/styles/tokens.css';
import '../../src/styles/base.css';
import storyJson from '../../data/story.json';
import Explainer from '../../src/app/Explainer.svelte';
import { validateStory } from '../../src/model/validate';
import type { Story } from '../../src/model/schema';
import { scaledStory } from './generate-story';
import { scrollParent } from '../../src/lists/list-window.svelte';

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);

async function until(check: () => boolean, timeoutMs: number) {
  const t0 = performance.now();
  while (!check()) {
    if (performance.now() - t0 > timeoutMs) throw new Error('timed out waiting for the views');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function run() {
  const params = new URLSearchParams(location.search);
  const factor = Number(params.get('factor') ?? '1');
  const selections = Number(params.get('selections') ?? '60');
  const result = validateStory(scaledStory(storyJson as unknown as Story, factor));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  const target = document.getElementById('bench')!;
  const t0 = performance.now();
  mount(Explainer, { target, props: { story: result, syncUrl: false } });
  // Large graphs keep only the nodes in view in the DOM: wait for the layout, then for nodes.
  const graphNodes = () => target.querySelectorAll('[data-view="graph"] [data-entity-id]').length;
  await until(() => graphNodes() > 0, 600_000);
  await until(() => !target.querySelector('[data-view="graph"] .pending'), 600_000);
  const ready = performance.now() - t0;
  if (params.has('heap')) {
    window.__churn = (n: number) => churn(target, n);
    window.__bench = { ready };
    return;
  }

  // The Lists tab, opened the way a reader opens it: a click on its tab, until the frame after
  // it is painted (the relations' list is first drawn then).
  const listsTab = [...target.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (tab) => tab.textContent?.trim() === 'Lists',
  );
  if (!listsTab) throw new Error('no Lists tab');
  await nextFrame();
  const opening = performance.now();
  listsTab.click();
  flushSync();
  await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const listsOpen = performance.now() - opening;
  if (!target.querySelector('#list-relations-heading')) throw new Error('the lists did not open');

  // Selections from the open lists: a long list draws only the rows near the screen, so each
  // time the lists are scrolled somewhere new, then a drawn row is clicked.
  const scroller = scrollParent(target.querySelector('[data-view="list"] li')!);
  const sync: number[] = [];
  const frame: number[] = [];
  for (let i = 0; i < selections; i++) {
    const kind = i % 2 ? 'event' : 'entity';
    if (scroller) scroller.scrollTop = (((i * 7919) % 1000) / 1000) * scroller.scrollHeight;
    await nextFrame();
    await nextFrame();
    const drawn = target.querySelectorAll<HTMLButtonElement>(
      `[data-view="list"] li[data-${kind}-id] button`,
    );
    const button = drawn[(i * 7919) % drawn.length]!;
    const id = button.closest('li')!.getAttribute(`data-${kind}-id`);
    await nextFrame();
    const start = performance.now();
    button.click();
    flushSync();
    target.getBoundingClientRect(); // style and layout, as the frame will need them
    sync.push(performance.now() - start);
    // The frame after the click: its rAF callbacks (Cytoscape draws in one), then its paint.
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    frame.push(performance.now() - start);
    const mark = target.querySelector(`[data-view="list"] [data-${kind}-id="${id}"]`)!;
    if (mark.getAttribute('data-state') !== 'selected') throw new Error(`${id} was not selected`);
  }
  window.__bench = {
    listsOpen,
    events: result.story.events.length,
    entities: result.story.entities.length,
    relations: result.story.relations.length,
    ready,
    syncMedian: median(sync),
    syncMax: max(sync),
    frameMedian: median(frame),
  };
}

declare global {
  interface Window {
    /** Makes `n` selections from the list, each with a wheel zoom on the graph (the heap bench). */
    __churn?: (n: number) => Promise<void>;
  }
}

let churned = 0;
async function churn(target: HTMLElement, n: number) {
  const layer = target.querySelector<HTMLElement>('[data-view="graph"] .nodes')!;
  const r = layer.getBoundingClientRect();
  for (let i = 0; i < n; i++, churned++) {
    // An entity drawn in the lists (a long list draws only some rows, also while hidden).
    const drawn = target.querySelectorAll<HTMLButtonElement>(
      '[data-view="list"] li[data-entity-id] button',
    );
    drawn[(churned * 7919) % drawn.length]?.click();
    const deltaY = churned % 20 < 10 ? -60 : 60;
    layer.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
        bubbles: true,
      }),
    );
    await nextFrame();
  }
}

run().catch((e) => {
  window.__bench = { error: 1 };
  window.__benchError = String(e);
  console.error(e);
});
