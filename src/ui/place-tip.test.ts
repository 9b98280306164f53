import { describe, expect, it } from 'vitest';
import { placeTip } from './place-tip';

describe('a tooltip’s place', () => {
  const frame = { width: 400, height: 300 };
  const size = { width: 200, height: 100 };

  it('is above its point, or below when there is no room, inside the frame', () => {
    expect(placeTip({ x: 200, y: 200 }, size, frame)).toEqual({ left: 100, top: 88 });
    expect(placeTip({ x: 200, y: 50 }, size, frame)).toEqual({ left: 100, top: 62 });
    expect(placeTip({ x: 390, y: 50 }, size, frame).left).toBe(196);
    expect(placeTip({ x: 0, y: 150 }, { width: 200, height: 290 }, frame)).toEqual({
      left: 4,
      top: 10,
    });
  });
});
