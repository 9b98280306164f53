import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatIsoDate, formatStoryDate, parseIsoDate, precisionOf, spanOf } from './dates';
import { en } from '../i18n/en';
import { es } from '../i18n/es';

describe('reduced-precision dates', () => {
  it('shows each date only as precisely as it is written', () => {
    expect(formatIsoDate('2025-04-14', en)).toBe('14 April 2025');
    expect(formatIsoDate('2025-03', en)).toBe('March 2025');
    expect(formatIsoDate('1798', en)).toBe('1798');
    expect(precisionOf('2025-03')).toBe('month');
  });

  it('reads a range and an approximate date in words', () => {
    expect(formatStoryDate({ start: '1941-12-07', end: '1948', basis: 'reference' }, en)).toBe(
      '7 December 1941 to 1948',
    );
    expect(formatStoryDate({ start: '2025-03', approximate: true, basis: 'inferred' }, en)).toBe(
      'about March 2025',
    );
  });

  it('covers a whole month or year, and a range through its last unit', () => {
    const month = spanOf({ start: '2025-02' });
    expect(new Date(month.start).toISOString()).toBe('2025-02-01T00:00:00.000Z');
    expect(new Date(month.end).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    const range = spanOf({ start: '1941-12-07', end: '1948' });
    expect(new Date(range.end).toISOString()).toBe('1949-01-01T00:00:00.000Z');
  });

  it('rejects dates that do not exist, saying why', () => {
    expect(parseIsoDate('2025-02-30')).toEqual({
      ok: false,
      reason: '"2025-02-30" does not exist: February 2025 has 28 days',
    });
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    expect(parseIsoDate('2025-13').ok).toBe(false);
    expect(parseIsoDate('April 14').ok).toBe(false);
  });
});

describe('dates in Spanish', () => {
  it('reads each date in Spanish, as precisely as it is written', () => {
    expect(formatIsoDate('2025-04-14', es)).toBe('14 de abril de 2025');
    expect(formatIsoDate('2025-03', es)).toBe('marzo de 2025');
    expect(formatIsoDate('1798', es)).toBe('1798');
  });

  it('reads ranges, approximate dates and times in Spanish', () => {
    expect(formatStoryDate({ start: '1941-12-07', end: '1948', basis: 'reference' }, es)).toBe(
      '7 de diciembre de 1941 a 1948',
    );
    expect(
      formatStoryDate(
        { start: '1941-12-07', end: '1948', approximate: 'end', basis: 'reference' },
        es,
      ),
    ).toBe('7 de diciembre de 1941 a aproximadamente 1948');
    expect(formatStoryDate({ start: '2025-03-15', time: '16:26', basis: 'reference' }, es)).toBe(
      '15 de marzo de 2025 a las 16:26',
    );
  });

  it('never gives one language the other’s cached words', () => {
    expect(formatIsoDate('2025-04-07', en)).toBe('7 April 2025');
    expect(formatIsoDate('2025-04-07', es)).toBe('7 de abril de 2025');
    expect(formatIsoDate('2025-04-07', en)).toBe('7 April 2025');
  });

  it('names a window in Spanish', async () => {
    const { formatWindow } = await import('./dates');
    expect(formatWindow({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) }, es)).toBe(
      'marzo de 2025',
    );
    expect(formatWindow({ start: Date.UTC(2025, 2, 3), end: Date.UTC(2025, 3, 15) }, es)).toBe(
      '3 de marzo de 2025 a 14 de abril de 2025',
    );
  });
});

describe('the same date in every time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo']) {
    it(`shows 2025-04-14 as 14 April 2025 in ${zone}`, async () => {
      process.env.TZ = zone;
      // A fresh module each time, so no formatted date is remembered from another zone.
      vi.resetModules();
      const dates = await import('./dates');
      // Proves the zone took effect in this process: local midnight is not UTC midnight.
      expect(new Date(Date.UTC(2025, 3, 14)).getHours()).not.toBe(0);
      expect(dates.formatIsoDate('2025-04-14', en)).toBe('14 April 2025');
      expect(dates.formatIsoDate('2025-03', en)).toBe('March 2025');
      expect(dates.formatIsoDate('1798', en)).toBe('1798');
      expect(
        dates.formatStoryDate({ start: '2025-01', end: '2025-02', basis: 'inferred' }, en),
      ).toBe('January 2025 to February 2025');
    });
  }
});

describe('a time window in words', () => {
  it('names a whole month, whole years, or the days it covers', async () => {
    const { formatWindow } = await import('./dates');
    expect(formatWindow({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) }, en)).toBe(
      'March 2025',
    );
    expect(formatWindow({ start: Date.UTC(1941, 0, 1), end: Date.UTC(1949, 0, 1) }, en)).toBe(
      '1941 to 1948',
    );
    expect(formatWindow({ start: Date.UTC(2025, 2, 3), end: Date.UTC(2025, 3, 15) }, en)).toBe(
      '3 March 2025 to 14 April 2025',
    );
    expect(formatWindow({ start: Date.UTC(2025, 2, 3, 5), end: Date.UTC(2025, 2, 3, 9) }, en)).toBe(
      '3 March 2025',
    );
  });
});
