import { describe, expect, it } from 'vitest';
import { isoDateFor } from './date-hint';

describe('the ISO date a person meant', () => {
  it.each([
    ['April 14', 2025, '2025-04-14'],
    ['14 April', 2025, '2025-04-14'],
    ['April 14, 2025', undefined, '2025-04-14'],
    ['14th Apr 2025', undefined, '2025-04-14'],
    ['Sept 3 1941', undefined, '1941-09-03'],
    ['March 2025', undefined, '2025-03'],
    ['14/04/2025', undefined, '2025-04-14'],
    ['4/14/2025', undefined, '2025-04-14'],
    ['14.04.2025', undefined, '2025-04-14'],
    ['04.05.2025', undefined, '2025-05-04'],
    ['2025/04/14', undefined, '2025-04-14'],
    ['2025-4-1', undefined, '2025-04-01'],
    ['2025-04-14T00:00:00Z', undefined, '2025-04-14'],
    ['03/2025', undefined, '2025-03'],
  ])('%s (asOf year %s) → %s', (written, year, iso) => {
    expect(isoDateFor(written, year)).toBe(iso);
  });

  it.each([
    ['April 14', undefined],
    ['04/05/2025', 2025],
    ['February 30 2025', undefined],
    ['on Monday', 2025],
    ['soon', 2025],
    ['', 2025],
  ])('cannot tell %s (asOf year %s)', (written, year) => {
    expect(isoDateFor(written, year)).toBeUndefined();
  });
});
