import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BoxGrid,
  GEOMETRY,
  labelBox,
  moveBox,
  nodeBox,
  overlappingPairs,
  removeOverlaps,
  segmentCrossesBox,
  wrapLabel,
  type Box,
} from './geometry';
import { textWidth, wrapLines } from './label-metrics';
import {
  edgeFontSize,
  edgeLabelBox,
  EDGE_LABEL_PX,
  labelPriorities,
  placeEdgeLabels,
} from './edge-labels';
import { renderedRect } from './overlay';

describe('labels', () => {
  it('wrap at word breaks, a long word keeping its own line', () => {
    expect(wrapLines('US federal court (unnamed federal judge)', 150, 14)).toEqual([
      'US federal court',
      '(unnamed federal',
      'judge)',
    ]);
    expect(wrapLines('Supercalifragilisticexpialidocious', 50, 14)).toHaveLength(1);
    expect(wrapLabel('X')).toBe('X');
  });

  it('are estimated wide rather than narrow, wider for wide letters', () => {
    expect(textWidth('MW', 10)).toBeGreaterThan(textWidth('il', 10));
    expect(textWidth('é', 10)).toBeGreaterThanOrEqual(textWidth('e', 10));
  });

  it('sit right of the node, or left, inside the node’s box', () => {
    const right = nodeBox('Donald Trump');
    const left = nodeBox('Donald Trump', GEOMETRY, 'left');
    expect(right.x2 - right.x1).toBeCloseTo(left.x2 - left.x1);
    expect(right.x2).toBeGreaterThan(-left.x1 - 1);
    const label = labelBox('Donald Trump');
    expect(label.x1).toBeGreaterThan(GEOMETRY.nodeSize / 2 - GEOMETRY.labelPadding - 0.01);
    expect(label.x2).toBe(right.x2);
  });
});

describe('removing overlaps', () => {
  const arb = fc.array(
    fc.record({
      x: fc.integer({ min: -200, max: 200 }),
      y: fc.integer({ min: -200, max: 200 }),
      w: fc.integer({ min: 10, max: 120 }),
      h: fc.integer({ min: 10, max: 50 }),
    }),
    { minLength: 1, maxLength: 40 },
  );

  it('leaves no two boxes overlapping, whatever the start', () => {
    fc.assert(
      fc.property(arb, (items) => {
        const shapes: Box[] = items.map((i) => ({
          x1: -i.w / 2,
          y1: -i.h / 2,
          x2: i.w / 2,
          y2: i.h / 2,
        }));
        const placed = removeOverlaps(items, shapes, 4);
        const boxes = placed.map((p, k) => moveBox(shapes[k]!, p));
        expect(overlappingPairs(boxes, 3.9)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('finds overlapping pairs as a brute-force check would', () => {
    fc.assert(
      fc.property(arb, (items) => {
        const boxes = items.map((i) => ({ x1: i.x, y1: i.y, x2: i.x + i.w, y2: i.y + i.h }));
        const brute: string[] = [];
        boxes.forEach((a, i) =>
          boxes.forEach((b, j) => {
            if (i < j && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
              brute.push(`${i},${j}`);
          }),
        );
        const fast = overlappingPairs(boxes).map(([i, j]) => `${Math.min(i, j)},${Math.max(i, j)}`);
        expect(fast.sort()).toEqual(brute.sort());
      }),
      { numRuns: 60 },
    );
  });

  it('finds the boxes a line crosses, each once, as trying every box would', () => {
    const point = fc.record({
      x: fc.integer({ min: -300, max: 300 }),
      y: fc.integer({ min: -300, max: 300 }),
    });
    fc.assert(
      fc.property(arb, point, point, fc.integer({ min: 5, max: 200 }), (items, a, b, cell) => {
        const boxes = items.map((i) => ({ x1: i.x, y1: i.y, x2: i.x + i.w, y2: i.y + i.h }));
        const found = new BoxGrid(boxes, cell).crossedBy(a, b);
        const every = boxes.flatMap((box, i) => (segmentCrossesBox(a, b, box) ? [i] : []));
        expect(found.sort((x, y) => x - y)).toEqual(every);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a box far along a long line, and a box under a point', () => {
    const boxes = [
      { x1: 0, y1: 0, x2: 10, y2: 10 },
      { x1: 990, y1: 495, x2: 1010, y2: 505 },
      { x1: 500, y1: 400, x2: 510, y2: 410 },
    ];
    const grid = new BoxGrid(boxes, 20);
    expect(grid.crossedBy({ x: 5, y: 5 }, { x: 1000, y: 500 })).toEqual([0, 1]);
    expect(grid.crossedBy({ x: 505, y: 405 }, { x: 505, y: 405 })).toEqual([2]);
    expect(grid.crossedBy({ x: 505, y: 300 }, { x: 505, y: 390 })).toEqual([]);
  });

  it('knows when a line crosses a box', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: -5 }, { x: -1, y: 20 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 5, y: 5 }, { x: 6, y: 6 }, box)).toBe(true);
  });
});

describe('relation labels', () => {
  const spot = (id: string, x: number, y: number) => ({ id, label: 'is ally of', at: { x, y } });

  it('are drawn only where they have room, the hovered one always', () => {
    const node = { x1: -20, y1: -20, x2: 20, y2: 20 };
    const shown = placeEdgeLabels(
      [spot('hovered', 0, 0)],
      [spot('clash', 5, 2), spot('free', 0, 200), spot('under-node', 0, 0)],
      [node],
      12,
    );
    expect([...shown].sort()).toEqual(['free', 'hovered']);
  });

  it('never overlap each other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })), {
          maxLength: 60,
        }),
        (points) => {
          const spots = points.map(([x, y], i) => spot(`r${i}`, x, y));
          const shown = placeEdgeLabels([], spots, [], 12, 0);
          const boxes = spots
            .filter((s) => shown.has(s.id))
            .map((s) => edgeLabelBox(s.label, s.at, 12));
          expect(overlappingPairs(boxes)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keep their size on screen as the zoom changes, in steps', () => {
    for (const zoom of [0.5, 1, 1.2, 2, 4]) {
      expect(edgeFontSize(zoom) * zoom).toBeGreaterThan(EDGE_LABEL_PX * 0.9);
      expect(edgeFontSize(zoom) * zoom).toBeLessThan(EDGE_LABEL_PX * 1.1);
    }
    expect(edgeFontSize(1)).toBe(edgeFontSize(1.05));
  });

  it('are offered selected first, then related, then (zoomed in) the rest in the window', () => {
    const selected = new Map([
      ['b', 'related'],
      ['a', 'selected'],
      ['c', 'dimmed'],
    ]);
    const base = {
      relations: ['a', 'b', 'c', 'd'],
      selected,
      hovered: new Map([['d', 'selected']]),
      focused: null,
      active: null,
      zoomedIn: false,
    };
    expect(labelPriorities(base)).toEqual({ forced: ['d'], candidates: ['a', 'b'] });
    const zoomed = labelPriorities({ ...base, zoomedIn: true, active: new Set(['a', 'c']) });
    expect(zoomed.candidates).toEqual(['a', 'b', 'a', 'c']);
  });
});

describe('the overlay', () => {
  it('grows small targets to 24 px about their centre', () => {
    const r = renderedRect({ x1: 0, y1: 0, x2: 10, y2: 10 }, { zoom: 1, pan: { x: 0, y: 0 } }, 24);
    expect(r).toEqual({ left: -7, top: -7, width: 24, height: 24 });
    const z = renderedRect({ x1: 0, y1: 0, x2: 100, y2: 40 }, { zoom: 2, pan: { x: 5, y: 5 } }, 24);
    expect(z).toEqual({ left: 5, top: 5, width: 200, height: 80 });
  });
});
