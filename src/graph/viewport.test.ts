import { describe, expect, it } from 'vitest';
import { fitViewport, panIntoView } from './viewport';

const frame = { width: 400, height: 300 };
const at = { zoom: 1, pan: { x: 0, y: 0 } };

describe('panning a box into view', () => {
  it.each([
    ['in view already', { x1: 100, y1: 100, x2: 150, y2: 120 }, {}, { x: 0, y: 0 }],
    [
      'under the help at the top',
      { x1: 100, y1: 10, x2: 150, y2: 30 },
      { top: 60 },
      { x: 0, y: 58 },
    ],
    [
      'under the buttons at the right',
      { x1: 340, y1: 100, x2: 380, y2: 120 },
      { right: 56 },
      { x: -44, y: 0 },
    ],
    ['past the bottom', { x1: 100, y1: 290, x2: 150, y2: 310 }, { top: 60 }, { x: 0, y: -18 }],
    [
      'too tall for the room below the help',
      { x1: 0, y1: 0, x2: 50, y2: 400 },
      { top: 60 },
      { x: 8, y: 68 },
    ],
  ] as const)('%s', (_, box, insets, pan) => {
    expect(panIntoView(at, box, frame, 8, insets).pan).toEqual(pan);
  });
});

describe('fitting the whole graph', () => {
  const whole = { padding: 8, reserveRight: 0, maxZoom: 1.6, minZoom: 0 };

  it('zooms out as far as a big graph on a phone needs', () => {
    // 20,000 model units into the 384 px the padding leaves: 0.0192.
    const v = fitViewport(
      { x1: 0, y1: 0, x2: 20_000, y2: 1_000 },
      { width: 400, height: 300 },
      whole,
    );
    expect(v!.zoom).toBeCloseTo(0.0192, 4);
  });

  it('stops at the canvas’s least zoom, 0.01, centred, for a graph larger still', () => {
    const v = fitViewport(
      { x1: 0, y1: 0, x2: 100_000, y2: 100 },
      { width: 400, height: 300 },
      whole,
    );
    expect(v).toEqual({ zoom: 0.01, pan: { x: 200 - 500, y: 150 - 0.5 } });
  });
});
