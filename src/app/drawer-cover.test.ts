import { describe, expect, it } from 'vitest';
import { coveredRight } from './drawer-cover';

const box = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  right: left + width,
  bottom: top + height,
});

describe('what the details drawer covers of the graph', () => {
  // The graph's slot at 1280×720: x 26–1254, y 440–702.
  const slot = box(26, 440, 1228, 262);

  it('is the px of the slot right of the drawer, when the drawer grows down beside it', () => {
    expect(coveredRight(box(976, 84, 288, 628), slot)).toBe(278);
  });

  it('is nothing when the panel ends above the graph', () => {
    expect(coveredRight(box(976, 84, 288, 290), slot)).toBe(0);
  });

  it('is nothing on a phone, where the panel is stacked under the graph', () => {
    const phoneSlot = box(8, 900, 344, 400);
    expect(coveredRight(box(8, 1320, 344, 600), phoneSlot)).toBe(0);
  });

  it('is nothing when the panel is hidden (presenter mode)', () => {
    expect(coveredRight(box(0, 0, 0, 0), slot)).toBe(0);
  });
});
