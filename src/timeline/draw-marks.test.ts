import { describe, expect, it } from 'vitest';
import { drawMarks } from './draw-marks';
import type { Mark } from './marks';
import { CanvasRecorder } from '../export/canvas-recorder';
import { TEST_MARK_COLORS as COLORS } from './test-helpers';

const point = (id: string, bx0: number, row = 0): Mark => ({
  id,
  lane: 0,
  row,
  shape: 'point',
  approximate: false,
  uncertainEnd: null,
  bx0,
  bx1: bx0,
});

/** The fills of the dots drawn, left to right as drawn: one per dot. */
function dotsDrawn(marks: Mark[], selected: string[] = []): string[] {
  const recorder = new CanvasRecorder();
  drawMarks(recorder as unknown as CanvasRenderingContext2D, {
    marks,
    z: { k: 1, x: 0 },
    offsetX: 0,
    width: 400,
    height: 60,
    yOf: (m) => 13 + m.row * 26,
    stateOf: (id) => (selected.includes(id) ? 'selected' : 'default'),
    hoverOf: () => 'default',
    colors: COLORS,
  });
  return recorder.shapes.filter((s) => s.attrs.fill !== 'none').map((s) => String(s.attrs.fill));
}

describe('marks that pile up on one spot', () => {
  it('are drawn once: a thousand events of one day in one row cost one dot', () => {
    const marks = Array.from({ length: 1000 }, (_, i) => point(`e${i}`, 100));
    expect(dotsDrawn(marks)).toEqual(['#2f74c0']);
  });

  it('are each drawn when they look different or sit apart by half a pixel or more', () => {
    const marks = [
      point('a', 100),
      point('b', 100), // a's twin: not drawn again
      point('c', 100), // selected: drawn over them
      point('d', 100.5), // half a pixel on
      point('e', 100, 1), // the next row
    ];
    expect(dotsDrawn(marks, ['c'])).toEqual(['#2f74c0', '#1a1d23', '#2f74c0', '#2f74c0']);
  });
});
