import { describe, expect, it } from 'vitest';
import { breakMarkPath, markLook } from './mark-look';

const point = { shape: 'point', approximate: false } as const;
const approxPoint = { shape: 'point', approximate: true } as const;
const period = { shape: 'period', approximate: false } as const;
const approxRange = { shape: 'range', approximate: true } as const;

describe('the look of a mark', () => {
  it('is a plain dot for a sure day with nothing selected', () => {
    expect(markLook(point, 'default', 'default', false)).toEqual({
      ink: '--color-mark',
      fill: '--color-mark',
      hatched: false,
      fillOpacity: 1,
      dotOpacity: 1,
      strokeWidth: 1,
      dash: [],
      capDash: [],
      halo: false,
      hole: false,
      fuzzEnd: null,
      fuzzOpacity: 0.55,
      fuzzCapDash: [3, 2],
      opacity: 1,
    });
  });

  it('stays sure and solid with only the uncertain end faded and dash-capped', () => {
    const sureStart = { shape: 'range', approximate: false, uncertainEnd: 'end' } as const;
    expect(markLook(sureStart, 'default', 'default', false)).toMatchObject({
      fillOpacity: 1,
      dash: [],
      fuzzEnd: 'end',
      fuzzOpacity: 0.55,
      fuzzCapDash: [3, 2],
    });
    expect(
      markLook({ ...sureStart, uncertainEnd: 'start' }, 'default', 'default', false).fuzzEnd,
    ).toBe('start');
  });

  it('is paler and dashed, with a hole in its dot, when the date is approximate', () => {
    expect(markLook(approxPoint, 'default', 'default', false)).toMatchObject({
      dotOpacity: 0.8,
      hole: true,
    });
    expect(markLook(approxRange, 'default', 'default', false)).toEqual({
      ink: '--color-mark',
      fill: '--color-mark',
      hatched: false,
      fillOpacity: 0.45,
      dotOpacity: 0.8,
      strokeWidth: 2,
      dash: [4, 3],
      capDash: [3, 2],
      halo: false,
      hole: false,
      fuzzEnd: null,
      fuzzOpacity: 0.55,
      fuzzCapDash: [3, 2],
      opacity: 1,
    });
  });

  it('hatches a period between thin outlines', () => {
    expect(markLook(period, 'default', 'default', false)).toMatchObject({
      fill: '--color-mark-period-fill',
      hatched: true,
      strokeWidth: 1.5,
    });
  });

  it('is dark with a ring when selected, red when hovered, faded when dimmed', () => {
    expect(markLook(point, 'selected', 'default', true)).toMatchObject({
      ink: '--color-selected',
      halo: true,
      strokeWidth: 3,
      opacity: 1,
    });
    expect(markLook(period, 'default', 'related', false)).toMatchObject({
      ink: '--color-hover',
      strokeWidth: 3,
      opacity: 1,
    });
    expect(markLook(point, 'dimmed', 'default', true).opacity).toBe(0.28);
    expect(markLook(point, 'default', 'dimmed', false).opacity).toBe(0.5);
    expect(markLook(point, 'related', 'dimmed', true).opacity).toBe(1);
  });
});

describe('the break mark', () => {
  it('is two slanted strokes centred on its point', () => {
    expect(breakMarkPath(100, 0)).toBe('M94,8 l4,-16 M102,8 l4,-16');
  });
});
