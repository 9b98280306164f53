import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatWindow, parseIsoDate, spanOf, utcTime } from './dates';
import { buildIndex } from './indexes';
import { parseUrlState } from './url-state';
import { validateStory } from './validate';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { ancientStory } from '../../tests/fixtures/hostile-stories';

const iso = (t: number) => new Date(t).toISOString();

describe('dates of any year from 0000 to 9999', () => {
  it('puts the years 0000 to 0099 where they belong, not in the 1900s', () => {
    expect(iso(spanOf({ start: '0044-03-15' }).start)).toBe('0044-03-15T00:00:00.000Z');
    expect(iso(spanOf({ start: '0044-03-15' }).end)).toBe('0044-03-16T00:00:00.000Z');
    expect(iso(spanOf({ start: '0099' }).end)).toBe('0100-01-01T00:00:00.000Z');
    expect(iso(spanOf({ start: '0000' }).start)).toBe('0000-01-01T00:00:00.000Z');
    expect(iso(spanOf({ start: '0012-12' }).end)).toBe('0013-01-01T00:00:00.000Z');
    expect(iso(spanOf({ start: '9999-12-31' }).end)).toBe('+010000-01-01T00:00:00.000Z');
    expect(iso(utcTime(1, 0, 1))).toBe('0001-01-01T00:00:00.000Z');
  });

  it('knows the leap years of the first century: 0000 and 0004 are, 0100 is not', () => {
    expect(parseIsoDate('0000-02-29').ok).toBe(true);
    expect(parseIsoDate('0004-02-29').ok).toBe(true);
    expect(parseIsoDate('0001-02-29')).toEqual({
      ok: false,
      reason: '"0001-02-29" does not exist: February 1 has 28 days',
    });
    expect(parseIsoDate('0100-02-29').ok).toBe(false);
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
  });

  it('reads an ancient date with its own year, and the year 0000 as 1 BC', () => {
    expect(formatIsoDate('0044-03-15', en)).toBe('15 March 44');
    expect(formatIsoDate('0044-03-15', es)).toBe('15 de marzo de 44');
    expect(formatIsoDate('0044', en)).toBe('44');
    expect(formatIsoDate('0001-01-01', en)).toBe('1 January 1');
    expect(formatIsoDate('0000-02-29', en)).toBe('29 February 1 BC');
    expect(formatIsoDate('9999-12-31', en)).toBe('31 December 9999');
  });

  it('reads a window of ancient years as those years', () => {
    const years = { start: spanOf({ start: '0044' }).start, end: spanOf({ start: '0050' }).end };
    expect(formatWindow(years, en)).toBe('44 to 50');
    expect(formatWindow(spanOf({ start: '0044-03' }), en)).toBe('March 44');
    expect(formatWindow(spanOf({ start: '0044-03-15' }), en)).toBe('15 March 44');
  });

  it('sorts an event of 44 before one of 1798, and opens ?from=0044 at 44', () => {
    const result = validateStory(ancientStory());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.index.eventsInOrder.map((e) => e.id).slice(0, 2)).toEqual([
      'ides-of-march',
      'act-signed',
    ]);
    const index = buildIndex(result.story);
    const { state, notices } = parseUrlState('?from=0044&to=0044', index, en);
    expect(notices).toEqual([]);
    expect(formatWindow(state.window!, en)).toBe('44');
    expect(iso(state.window!.start)).toBe('0044-01-01T00:00:00.000Z');
  });

  it('gives every real day of every year a span of one day that starts on that day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const span = spanOf({ start: day });
          expect(iso(span.start).slice(0, 10)).toBe(day);
          expect(span.end - span.start).toBe(86_400_000);
        },
      ),
    );
  });
});
