import { describe, expect, it } from 'vitest';
import { drawMarks } from '../timeline/draw-marks';
import type { Mark } from '../timeline/marks';
import { CanvasRecorder } from './canvas-recorder';
import { TEST_MARK_COLORS as COLORS } from '../timeline/test-helpers';

const mark = (m: Partial<Mark> & Pick<Mark, 'id' | 'shape'>): Mark => ({
  lane: 0,
  row: 0,
  approximate: false,
  uncertainEnd: null,
  bx0: 0,
  bx1: 0,
  ...m,
});

describe('marks drawn on a canvas, recorded as SVG', () => {
  it('come out as the shapes the canvas draws: a haloed dot, a dimmed dashed month', () => {
    const recorder = new CanvasRecorder();
    drawMarks(recorder as unknown as CanvasRenderingContext2D, {
      marks: [
        mark({ id: 'day', shape: 'point', bx0: 10, bx1: 10 }),
        mark({ id: 'month', shape: 'period', row: 1, approximate: true, bx0: 40, bx1: 80 }),
      ],
      z: { k: 1, x: 0 },
      offsetX: 16,
      width: 200,
      height: 60,
      yOf: (m) => 13 + m.row * 26,
      stateOf: (id) => (id === 'day' ? 'selected' : 'dimmed'),
      hoverOf: () => 'default',
      colors: COLORS,
    });
    const circle = 'M19 13A7 7 0 1 0 33 13A7 7 0 1 0 19 13Z';
    const bar = { x: 56, y: 35, width: 40, height: 8 };
    expect(recorder.shapes).toEqual([
      { tag: 'path', attrs: { d: circle, fill: '#1a1d23' } },
      { tag: 'path', attrs: { d: circle, fill: 'none', stroke: '#ffffff', 'stroke-width': 2 } },
      { tag: 'rect', attrs: { ...bar, fill: '#808a98' } },
      {
        tag: 'rect',
        attrs: {
          ...bar,
          fill: 'none',
          stroke: '#808a98',
          'stroke-width': 2,
          'stroke-dasharray': '4 3',
        },
      },
      {
        tag: 'path',
        attrs: {
          d: 'M56 32L56 46M96 32L96 46',
          fill: 'none',
          stroke: '#808a98',
          'stroke-width': 3,
          'stroke-dasharray': '3 2',
        },
      },
    ]);
  });

  it('draw every shape and state a story has without a call it does not know', () => {
    const recorder = new CanvasRecorder();
    const shapes = ['point', 'period', 'range'] as const;
    const marks = shapes.flatMap((shape, i) =>
      [null, 'start', 'end'].map((end, j) =>
        mark({
          id: `${shape}-${j}`,
          shape,
          row: j,
          approximate: j === 0 && i > 0,
          uncertainEnd: end as Mark['uncertainEnd'],
          bx0: 10 + i * 60,
          bx1: shape === 'point' ? 10 + i * 60 : 50 + i * 60,
        }),
      ),
    );
    const states = ['selected', 'related', 'dimmed', 'default'] as const;
    drawMarks(recorder as unknown as CanvasRenderingContext2D, {
      marks,
      z: { k: 1, x: 0 },
      offsetX: 16,
      width: 400,
      height: 90,
      yOf: (m) => 13 + m.row * 26,
      stateOf: (id) => states[id.length % 4]!,
      hoverOf: (id) => states[(id.length + 1) % 4]!,
      colors: COLORS,
    });
    expect(recorder.shapes.length).toBeGreaterThanOrEqual(marks.length);
  });
});
