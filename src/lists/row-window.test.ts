import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';
import { seededRandom } from '../graph/random';

const tens = (n: number) => Array.from({ length: n }, () => 10);

describe('the rows of a long list that are drawn', () => {
  it('draws the rows on screen, a margin either side, and the kept rows; gaps keep the rest', () => {
    // Ten rows of 10 px; 30–50 px on screen, 10 px of margin: rows 2 to 5 (20–60 px).
    const w = rowWindow({
      heights: tens(10),
      view: { top: 30, bottom: 50 },
      overscan: 10,
      keep: [0, 9],
    });
    expect(w.rows).toEqual([
      { index: 0, gap: 0 },
      { index: 2, gap: 10 },
      { index: 3, gap: 0 },
      { index: 4, gap: 0 },
      { index: 5, gap: 0 },
      { index: 9, gap: 30 },
    ]);
    expect(w.tail).toBe(0);
  });

  it('draws only the kept rows while the list is hidden', () => {
    const w = rowWindow({
      heights: tens(100),
      view: { top: 0, bottom: 0 },
      overscan: 500,
      keep: [0, 99],
    });
    expect(w.rows).toEqual([
      { index: 0, gap: 0 },
      { index: 99, gap: 980 },
    ]);
    expect(w.tail).toBe(0);
  });

  it('ignores kept rows out of range, and draws each row once', () => {
    const w = rowWindow({
      heights: tens(5),
      view: { top: 0, bottom: 15 },
      overscan: 0,
      keep: [-1, 1, 1, 7, 2.5],
    });
    expect(w.rows).toEqual([
      { index: 0, gap: 0 },
      { index: 1, gap: 0 },
    ]);
    expect(w.tail).toBe(30);
  });

  it('follows rows of different heights', () => {
    // Tops: 0, 40, 50, 110, 130; on screen 45–60 with no margin: rows 1 (40–50) and 2 (50–110).
    const w = rowWindow({
      heights: [40, 10, 60, 20, 30],
      view: { top: 45, bottom: 60 },
      overscan: 0,
      keep: [4],
    });
    expect(w.rows).toEqual([
      { index: 1, gap: 40 },
      { index: 2, gap: 0 },
      { index: 4, gap: 20 },
    ]);
    expect(w.tail).toBe(0);
  });

  it('over 2,000 random lists: the list keeps its height, and every row in view is drawn', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 2000; run++) {
      const n = Math.floor(random() * 300);
      const heights = Array.from({ length: n }, () => 20 + Math.floor(random() * 80));
      const total = heights.reduce((a, b) => a + b, 0);
      const top = Math.floor(random() * (total + 200)) - 100;
      const view = { top, bottom: top + Math.floor(random() * 900) };
      const keep = Array.from({ length: 3 }, () => Math.floor(random() * (n + 2)) - 1);
      const { rows, tail } = rowWindow({ heights, view, overscan: 100, keep });

      const drawnHeight = rows.reduce((sum, r) => sum + r.gap + heights[r.index]!, 0);
      expect(drawnHeight + tail).toBe(total);
      const indices = rows.map((r) => r.index);
      expect(indices).toEqual([...new Set(indices)].sort((a, b) => a - b));
      for (const k of keep) if (k >= 0 && k < n) expect(indices).toContain(k);
      const drawn = new Set(indices);
      let y = 0;
      const missing = heights.flatMap((h, i) => {
        const onScreen = view.bottom > view.top && y + h > view.top && y < view.bottom;
        y += h;
        return onScreen && !drawn.has(i) ? [i] : [];
      });
      expect(missing).toEqual([]);
      expect(rows.every((r) => r.gap >= 0) && tail >= 0).toBe(true);
    }
  });
});
