import { beforeAll, vi } from 'vitest';

/**
 * jsdom has no canvas: gives every canvas of the test file a 2D context that draws nothing and
 * measures text roughly (7 px a character), so components that draw on one (Cytoscape's graph,
 * the timeline's marks) can be tested around it. Call at the top of a component test file.
 */
export function stubCanvas(): void {
  beforeAll(() => {
    const noop = () => {};
    const context = new Proxy(
      { measureText: (t: string) => ({ width: t.length * 7 }), canvas: null as unknown },
      {
        get: (target, key) => (key in target ? target[key as keyof typeof target] : noop),
        set: () => true,
      },
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      context.canvas = this;
      return context as unknown as CanvasRenderingContext2D;
    });
  });
}
