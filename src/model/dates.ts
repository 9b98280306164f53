/**
 * Reduced-precision ISO dates ("1798", "2025-03", "2025-04-14"), parsed and formatted in UTC
 * so that the same date reads the same in every time zone.
 */
import type { StoryDate } from './schema';
import type { Messages } from '../i18n/messages';

/**
 * The words a date is written with, from the reader's messages table: its locale ("14 April
 * 2025", "14 de abril de 2025") and how it says about, to and at.
 */
export type DateWords = Pick<Messages, 'dateLocale' | 'dateAbout' | 'dateRange' | 'dateAt'>;

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number; // 1–12
  day?: number; // 1–31
  precision: Precision;
}

export type DateParse = { ok: true; date: PartialDate } | { ok: false; reason: string };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An instant in UTC ms from a year, a month (0–11) and a day, for any year: Date.UTC reads the
 * years 0 to 99 as 1900 to 1999, and a story of ancient history would land in the 20th
 * century. Months and days past their end roll over, as with Date.UTC.
 */
export function utcTime(year: number, monthIndex = 0, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/** Parses a reduced-precision ISO date, rejecting impossible ones such as 2025-02-30. */
export function parseIsoDate(value: string): DateParse {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) {
    return { ok: false, reason: `"${value}" is not an ISO date like 1798, 2025-03 or 2025-04-14` };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, date: { year, precision: 'year' } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${value}" has no month ${m[2]}: months run from 01 to 12` };
  }
  if (m[3] === undefined) return { ok: true, date: { year, month, precision: 'month' } };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      reason: `"${value}" does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${last} days`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day' } };
}

function parseOrThrow(value: string): PartialDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new RangeError(parsed.reason);
  return parsed.date;
}

/** The first instant the date covers, in UTC milliseconds. */
export function startOf(d: PartialDate): number {
  return utcTime(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** The first instant after the date's last day, in UTC milliseconds (an exclusive end). */
export function endOf(d: PartialDate): number {
  if (d.precision === 'year') return utcTime(d.year + 1, 0, 1);
  if (d.precision === 'month') return utcTime(d.year, d.month ?? 1, 1);
  return utcTime(d.year, (d.month ?? 1) - 1, (d.day ?? 1) + 1);
}

/** The span a story date covers, [start, end) in UTC ms: a day, a month, a year or a range. */
export function spanOf(date: Pick<StoryDate, 'start' | 'end'>): { start: number; end: number } {
  const start = parseOrThrow(date.start);
  const end = date.end === undefined ? start : parseOrThrow(date.end);
  return { start: startOf(start), end: endOf(end) };
}

const PATTERNS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

/**
 * One Intl formatter per locale and pattern, built once: building one takes ~0.1 ms, and the
 * first page formats a few thousand dates (marks, ticks, lists, options). date-fns's intlFormat
 * built one per call: 160 ms of the first page's script on a quiet machine.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an instant in UTC in a locale (Intl): the same words in every time zone, and a
 * translation needs no date code of its own.
 */
export function formatUtc(t: number, options: Intl.DateTimeFormatOptions, locale: string): string {
  // Intl counts years in eras: the ISO year 0000 is 1 BC, and without its era it would read "1".
  const era = options.year && new Date(t).getUTCFullYear() < 1 ? { era: 'short' as const } : {};
  const pattern = { ...options, ...era, timeZone: 'UTC' };
  const key = `${locale}|${JSON.stringify(pattern)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, pattern);
    formatters.set(key, formatter);
  }
  return formatter.format(t);
}

// A story has few distinct dates and Intl formatters are slow to build: format each once, in
// each language (the key holds the locale, so a switch of language never shows a stale one).
const formatted = new Map<string, string>();

/** "14 April 2025", "March 2025", "1798": as precise as the string, never more. */
export function formatIsoDate(value: string, m: DateWords): string {
  const key = `${m.dateLocale}|${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const d = parseOrThrow(value);
    text = formatUtc(startOf(d), PATTERNS[d.precision], m.dateLocale);
    formatted.set(key, text);
  }
  return text;
}

/**
 * A story date in words: "14 April 2025", "7 December 1941 to 1948", "about March 2025",
 * "1 March 2025 to about May 2025" (only the end uncertain), "15 March 2025 at 17:26".
 */
export function formatStoryDate(date: StoryDate, m: DateWords): string {
  const about = (words: string, end: 'start' | 'end') =>
    date.approximate === end ? m.dateAbout(words) : words;
  const start = about(formatIsoDate(date.start, m), 'start');
  let words =
    date.end === undefined ? start : m.dateRange(start, about(formatIsoDate(date.end, m), 'end'));
  if (date.approximate === true) words = m.dateAbout(words);
  return date.time === undefined ? words : m.dateAt(words, date.time);
}

/** The HTML `datetime` of a story date: its start, with the local time where one is given. */
export function machineDate(date: StoryDate): string {
  return date.time === undefined ? date.start : `${date.start}T${date.time}`;
}

export function precisionOf(value: string): Precision {
  return parseOrThrow(value).precision;
}

/**
 * A time window in words, as coarse as its edges allow: "March 2025" for a whole month,
 * "1941 to 1948" for whole years, else days ("3 March 2025 to 14 April 2025").
 */
export function formatWindow(window: { start: number; end: number }, m: DateWords): string {
  const a = new Date(window.start);
  const b = new Date(window.end); // exclusive
  const startsYear = a.getUTCMonth() === 0 && a.getUTCDate() === 1 && a.getUTCHours() === 0;
  const endsYear = b.getUTCMonth() === 0 && b.getUTCDate() === 1 && b.getUTCHours() === 0;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const year = (t: number) => String(new Date(t).getUTCFullYear()).padStart(4, '0');
  const last = window.end - 86_400_000;
  let from: string;
  let to: string;
  if (startsYear && endsYear) {
    from = year(window.start);
    to = year(last);
  } else if (
    a.getUTCDate() === 1 &&
    b.getUTCDate() === 1 &&
    a.getUTCHours() === 0 &&
    b.getUTCHours() === 0
  ) {
    from = day(window.start).slice(0, 7);
    to = day(last).slice(0, 7);
  } else {
    from = day(window.start);
    to = day(Math.max(window.start, last));
  }
  return from === to
    ? formatIsoDate(from, m)
    : m.dateRange(formatIsoDate(from, m), formatIsoDate(to, m));
}
