import { describe, expect, it, vi } from 'vitest';
import { inIdleSlices } from './idle';

describe('work in idle slices', () => {
  it('goes on, slice after slice, until the work says it is done', async () => {
    let made = 0;
    const slices: number[] = [];
    inIdleSlices((more) => {
      let inSlice = 0;
      while (made < 5 && more() && inSlice < 2) [made, inSlice] = [made + 1, inSlice + 1];
      slices.push(inSlice);
      return made === 5;
    });
    await vi.waitFor(() => expect(made).toBe(5));
    expect(slices).toEqual([2, 2, 1]);
  });

  it('stops when told to, before the next slice', async () => {
    let slices = 0;
    const stop = inIdleSlices(() => (slices++, false));
    await vi.waitFor(() => expect(slices).toBeGreaterThan(0));
    stop();
    const then = slices;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(slices).toBe(then);
  });
});
