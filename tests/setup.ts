import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/svelte';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
// A view's first findBy may wait for the deferred views' chunk (src/app/deferred.ts), which
// vitest compiles on its first import: a second or more on a busy machine. Waiting is for a
// state; this is only how long before a missing one fails the test.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lays nothing out: give elements a width, and a ResizeObserver that reports it, so
// components that size themselves to their container render as in a 1024 px wide browser.
export const JSDOM_WIDTH = 1024;
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get: () => JSDOM_WIDTH,
});
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 600,
});
class FixedResizeObserver implements ResizeObserver {
  constructor(private callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: JSDOM_WIDTH, height: 600 } as DOMRectReadOnly;
    const entry = { target, contentRect: rect, borderBoxSize: [], contentBoxSize: [] };
    queueMicrotask(() => this.callback([entry as unknown as ResizeObserverEntry], this));
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedResizeObserver;
