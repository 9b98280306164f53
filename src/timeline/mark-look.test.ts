import { describe, expect, it } from 'vitest';
import { breakMarkPath, markLook } from './mark-look';

const point = { shape: 'point', approximate: false } as const;
const approxPoint = { shape: 'point', approximate: true } as const;
const period = { shape: 'period', approximate: false } as const;
const approxRange = { shape: 'range', approximate: true } as const;

describe('the look of a mark', () => {
  it('is a plain dot for a sure day with nothing selected', () => {
    expect(markLook(point, 'default', 'default')).toEqual({
      ink: '--color-mark',
      fill: '--color-mark',
      hatched: false,
      strokeWidth: 1,
      dash: [],
      capDash: [],
      halo: false,
      hole: false,
      fuzzEnd: null,
      fuzzFill: '--color-mark-period-fill',
      fuzzCapDash: [3, 2],
    });
  });

  it('stays sure and solid with only the uncertain end paler and dash-capped', () => {
    const sureStart = { shape: 'range', approximate: false, uncertainEnd: 'end' } as const;
    expect(markLook(sureStart, 'default', 'default')).toMatchObject({
      fill: '--color-mark',
      dash: [],
      fuzzEnd: 'end',
      fuzzFill: '--color-mark-period-fill',
      fuzzCapDash: [3, 2],
    });
    expect(markLook({ ...sureStart, uncertainEnd: 'start' }, 'default', 'default').fuzzEnd).toBe(
      'start',
    );
  });

  it('is paler and dashed, with a hole in its dot, when the date is approximate', () => {
    expect(markLook(approxPoint, 'default', 'default')).toMatchObject({
      ink: '--color-mark',
      hole: true,
    });
    expect(markLook(approxRange, 'default', 'default')).toEqual({
      ink: '--color-mark',
      fill: '--color-mark-period-fill',
      hatched: false,
      strokeWidth: 2,
      dash: [4, 3],
      capDash: [3, 2],
      halo: false,
      hole: false,
      fuzzEnd: null,
      fuzzFill: '--color-mark-period-fill',
      fuzzCapDash: [3, 2],
    });
  });

  it('hatches a period between thin outlines', () => {
    expect(markLook(period, 'default', 'default')).toMatchObject({
      fill: '--color-mark-period-fill',
      hatched: true,
      strokeWidth: 1.5,
    });
  });

  it('tells selected, related, hovered and dimmed apart by more than colour', () => {
    const looks = (['selected', 'related', 'default', 'dimmed'] as const).map((state) => {
      const { ink, strokeWidth, halo, hatched } = markLook(period, state, 'default');
      return { state, ink, strokeWidth, halo, hatched };
    });
    expect(looks).toEqual([
      { state: 'selected', ink: '--color-selected', strokeWidth: 3, halo: true, hatched: true },
      { state: 'related', ink: '--color-mark', strokeWidth: 2.5, halo: false, hatched: true },
      { state: 'default', ink: '--color-mark', strokeWidth: 1.5, halo: false, hatched: true },
      { state: 'dimmed', ink: '--color-dimmed', strokeWidth: 1.5, halo: false, hatched: false },
    ]);
    expect(markLook(period, 'default', 'related')).toMatchObject({
      ink: '--color-hover',
      strokeWidth: 3,
    });
  });

  it('draws a dimmed mark in its own colour, not faded, and lifts it while it is hovered', () => {
    expect(markLook(approxRange, 'dimmed', 'default')).toMatchObject({
      ink: '--color-dimmed',
      fill: '--color-dimmed',
      dash: [4, 3],
      fuzzFill: '--color-dimmed',
    });
    expect(markLook(point, 'dimmed', 'selected')).toMatchObject({
      ink: '--color-hover',
      fill: '--color-mark',
    });
    // An unrelated mark while another is hovered keeps its look: the hovered ones stand out.
    expect(markLook(point, 'default', 'dimmed')).toEqual(markLook(point, 'default', 'default'));
  });
});

describe('the break mark', () => {
  it('is two slanted strokes centred on its point', () => {
    expect(breakMarkPath(100, 0)).toBe('M94,8 l4,-16 M102,8 l4,-16');
  });
});
