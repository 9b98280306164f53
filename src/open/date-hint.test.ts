import { describe, expect, it } from 'vitest';
import { isoDateFor, timeFor } from './date-hint';

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

describe('the 24-hour time a person meant', () => {
  it.each([
    ['9:00', '09:00'],
    ['17:26:00', '17:26'],
    ['5:26 PM', '17:26'],
    ['5:26pm', '17:26'],
    ['12:30 p.m.', '12:30'],
    ['12 am', '00:00'],
    ['5 PM', '17:00'],
    ['17.26', '17:26'],
    ['17h26', '17:26'],
  ])('%s → %s', (written, time) => {
    expect(timeFor(written)).toBe(time);
  });

  it.each(['24:00', '13 pm', '0:00 am', '17', '7:5', 'noon', ''])('cannot tell %j', (written) => {
    expect(timeFor(written)).toBeUndefined();
  });
});
