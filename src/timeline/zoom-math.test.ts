import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easeInOut, edgesBetween, edgesOf, transformOfEdges } from './zoom-math';

const WIDTH = 828;
/** A view inside the story: from 1 (the whole) to 10,000 times closer, anywhere along it. */
const view = fc
  .tuple(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([log, at]) => {
    const k = 10 ** log;
    return { k, x: -at * (k - 1) * WIDTH };
  });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe('a glide from one window to another', () => {
  it('names the whole story by its edges 0 and 1', () => {
    expect(edgesOf({ k: 1, x: 0 }, WIDTH)).toEqual({ left: 0, right: 1 });
    expect(edgesOf({ k: 4, x: -WIDTH }, WIDTH)).toEqual({ left: 0.25, right: 0.5 });
  });

  it('turns edges back into the same view, at any width (1,000 cases)', () => {
    fc.assert(
      fc.property(view, fc.integer({ min: 100, max: 4000 }), (z, width) => {
        const scaled = { k: z.k, x: (z.x * width) / WIDTH };
        const back = transformOfEdges(edgesOf(scaled, width), width);
        expect(close(back.k, scaled.k) && close(back.x, scaled.x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('starts where it is, ends where it goes, and stays inside both on the way (1,000 cases)', () => {
    fc.assert(
      fc.property(view, view, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const from = edgesOf(a, WIDTH);
        const to = edgesOf(b, WIDTH);
        const start = edgesBetween(from, to, 0);
        const end = edgesBetween(from, to, 1);
        expect(close(start.left, from.left) && close(start.right, from.right)).toBe(true);
        expect(close(end.left, to.left) && close(end.right, to.right)).toBe(true);
        // The span on the way lies between the two spans: it never overshoots either.
        const span = (e: { left: number; right: number }) => e.right - e.left;
        const mid = span(edgesBetween(from, to, t));
        const [low, high] = [span(from), span(to)].sort((x, y) => x - y);
        expect(mid >= low! * (1 - 1e-9) && mid <= high! * (1 + 1e-9)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('halves the zoom’s factor halfway: from the whole story to a tenth, a third of a tenth', () => {
    const half = edgesBetween({ left: 0, right: 1 }, { left: 0.45, right: 0.55 }, 0.5);
    expect(half.right - half.left).toBeCloseTo(Math.sqrt(0.1), 12);
    expect((half.left + half.right) / 2).toBeCloseTo(0.5, 12);
  });

  it('eases in and out: still at both ends, halfway at half time, never backwards', () => {
    expect([easeInOut(0), easeInOut(0.5), easeInOut(1)]).toEqual([0, 0.5, 1]);
    expect([easeInOut(-1), easeInOut(2)]).toEqual([0, 1]);
    let last = 0;
    for (let i = 1; i <= 100; i++) {
      const e = easeInOut(i / 100);
      expect(e).toBeGreaterThanOrEqual(last);
      last = e;
    }
  });
});
