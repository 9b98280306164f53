import { describe, expect, it } from 'vitest';
import { areaGroups, placeGroups, type Group } from './groups';

// Cells 100 wide: a, b, c in the cell at the origin, x, y, z in the one at (300, 300); d alone
// in a cell of its own; c has the most relations in its cell, y in its.
const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 30, y: 0 }],
  ['c', { x: 0, y: 30 }],
  ['x', { x: 300, y: 300 }],
  ['y', { x: 330, y: 330 }],
  ['z', { x: 390, y: 390 }],
  ['w', { x: 360, y: 300 }],
  ['d', { x: 150, y: 0 }],
]);
const relations = new Map([
  ['c', 3],
  ['a', 1],
  ['y', 2],
  ['z', 2],
]);
const degree = (id: string) => relations.get(id) ?? 0;

describe('the groups a zoomed-out graph shows', () => {
  it('groups nodes by area, largest first, each led by its best-connected member, at its middle', () => {
    expect(areaGroups(positions, degree, 100)).toEqual([
      { id: 'y', members: ['w', 'x', 'y', 'z'], centre: { x: 345, y: 330 } },
      { id: 'c', members: ['a', 'b', 'c'], centre: { x: 10, y: 10 } },
    ]);
  });

  it('leaves out areas of fewer than three, and groups more when the cells are wider', () => {
    expect(areaGroups(positions, degree, 1000).map((g) => g.members.length)).toEqual([8]);
    expect(areaGroups(positions, degree, 10)).toEqual([]);
  });

  const group = (id: string, n: number, x: number, y: number): Group => ({
    id,
    members: Array.from({ length: n }, (_, i) => `${id}${i}`),
    centre: { x, y },
  });
  const name = (g: Group) => g.id;

  it('centres each label on its group, on screen, with its count', () => {
    const [spot] = placeGroups(
      [group('Ana', 3, 100, 50)],
      { zoom: 2, pan: { x: 10, y: 0 } },
      { width: 800, height: 400 },
      name,
    );
    // "Ana" is 1.95 em, 27.3 px at 14 px; its count's chip 24, 6 + 2 beside it, and 10 of
    // padding either side.
    expect(spot!.label).toBe('Ana');
    expect(spot!.count).toBe(3);
    expect(+spot!.width.toFixed(2)).toBe(79.3);
    expect(spot!.left + spot!.width / 2).toBeCloseTo(210);
    expect([spot!.top, spot!.height]).toEqual([86, 28]);
  });

  it('moves a label in from the frame’s edge, where its group’s middle is in the frame', () => {
    const [spot] = placeGroups(
      [group('Edge', 3, 790, 5)],
      { zoom: 1, pan: { x: 0, y: 0 } },
      { width: 800, height: 400 },
      name,
    );
    expect([spot!.left + spot!.width, spot!.top]).toEqual([800, 0]);
  });

  it('keeps the larger of two groups whose labels would overlap, and none outside the frame', () => {
    const groups = [
      group('Big', 9, 100, 100),
      group('Near', 4, 110, 110),
      group('Far', 3, 100, 300),
      group('Out', 5, 2000, 0),
    ];
    const spots = placeGroups(
      groups,
      { zoom: 1, pan: { x: 0, y: 0 } },
      { width: 800, height: 400 },
      name,
    );
    expect(spots.map((s) => s.id)).toEqual(['Big', 'Far']);
  });

  it('leaves out a group whose label would cover the selection’s names', () => {
    const groups = [group('Big', 9, 100, 100), group('Far', 3, 100, 300)];
    const selected = { left: 90, top: 290, width: 80, height: 24 };
    const spots = placeGroups(
      groups,
      { zoom: 1, pan: { x: 0, y: 0 } },
      { width: 800, height: 400 },
      name,
      [selected],
    );
    expect(spots.map((s) => s.id)).toEqual(['Big']);
  });
});
