import { afterEach, describe, expect, it, vi } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import { computeLayout, layoutInput, type Layout } from './layout';
import { layOut, type LayoutMessage } from './layout-off-thread';

const input = layoutInput(miniStory());

/** A stand-in for the browser's Worker: it answers the input with `reply`, or fails to load. */
function fakeWorker(reply: (post: (m: LayoutMessage) => void) => void, loads = true) {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((e: { data: LayoutMessage }) => void) | null = null;
    onerror: ((e: { preventDefault(): void }) => void) | null = null;
    terminated = false;
    constructor() {
      made.push(this);
    }
    postMessage() {
      queueMicrotask(() => {
        if (!loads) return this.onerror?.({ preventDefault() {} });
        reply((data) => !this.terminated && this.onmessage?.({ data }));
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => vi.unstubAllGlobals());

describe('the layout off the page’s thread', () => {
  it('gives the worker’s layout, and its progress as it comes', async () => {
    const layout: Layout = { positions: { ana: { x: 1, y: 2 } }, leftLabels: [] };
    const made = fakeWorker((post) => {
      post({ kind: 'progress', done: 0.3 });
      post({ kind: 'progress', done: 1 });
      post({ kind: 'done', layout });
    });
    const seen: number[] = [];
    expect(await layOut(input, (d) => seen.push(d)).result).toEqual(layout);
    expect(seen).toEqual([0.3, 1]);
    expect(made.map((w) => w.terminated)).toEqual([true]);
  });

  it('does the work on the page when there is no worker, with the same result as ever', async () => {
    const seen: number[] = [];
    const layout = await layOut(input, (d) => seen.push(d)).result;
    expect(layout).toEqual(await computeLayout(input));
    expect(seen).toEqual([0.3, 0.7, 0.85, 1]);
  });

  it('does the work on the page when the worker’s script cannot load', async () => {
    fakeWorker(() => {}, false);
    expect(await layOut(input, () => {}).result).toEqual(await computeLayout(input));
  });

  it('stops the worker when cancelled, and reports nothing after', async () => {
    const seen: number[] = [];
    const made = fakeWorker((post) => post({ kind: 'progress', done: 0.3 }));
    layOut(input, (d) => seen.push(d)).cancel();
    await new Promise((r) => setTimeout(r, 0));
    expect(made.map((w) => w.terminated)).toEqual([true]);
    expect(seen).toEqual([]);
  });
});
