import { describe, expect, it } from 'vitest';
import { ListWindow } from './list-window.svelte';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `row-${i}`);
const drawn = (w: ListWindow) => w.window.rows.map((r) => r.index);

describe('a list’s window', () => {
  it('draws every row of a list of up to a hundred', () => {
    const w = new ListWindow(() => keys(100));
    expect(w.windowed).toBe(false);
    expect(drawn(w)).toHaveLength(100);
    expect(w.window.tail).toBe(0);
  });

  it('draws only the first and last rows of a long hidden list, 45 px a row until measured', () => {
    const w = new ListWindow(() => keys(1000));
    expect(w.windowed).toBe(true);
    expect(w.window.rows).toEqual([
      { index: 0, gap: 0 },
      { index: 999, gap: 998 * 45 },
    ]);
  });

  it('keeps the focused row and its neighbours, and a row asked for', () => {
    const w = new ListWindow(() => keys(1000));
    w.focused = 500;
    w.wanted = 900;
    expect(drawn(w)).toEqual([0, 499, 500, 501, 900, 999]);
    w.focused = null;
    expect(drawn(w)).toEqual([0, 900, 999]);
  });

  it('draws the rows on screen and 600 px either side', () => {
    const w = new ListWindow(() => keys(1000));
    // 4,500 to 5,400 px: rows 100 to 119, and 600 px (14 rows) either side: 86 to 133.
    w.view = { top: 4500, bottom: 5400 };
    const rows = drawn(w);
    expect(rows.slice(0, 2)).toEqual([0, 86]);
    expect(rows.slice(-2)).toEqual([133, 999]);
    expect(rows).toHaveLength(2 + 133 - 86 + 1);
  });

  it('takes measured heights, and their mean for the rows not yet drawn', () => {
    const w = new ListWindow(() => keys(1000));
    expect(w.measure('row-0', 90)).toBe(true);
    expect(w.measure('row-999', 90)).toBe(true);
    expect(w.measure('row-999', 90.2)).toBe(false);
    expect(w.measure('row-5', 0)).toBe(false);
    w.measured();
    expect(w.window.rows[1]).toEqual({ index: 999, gap: 998 * 90 });
  });
});
