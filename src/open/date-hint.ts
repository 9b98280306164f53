/**
 * The ISO date a person most likely meant by a date written another way: "April 14",
 * "14/04/2025", "March 2025", or what a spreadsheet made of a typed date; and the same for a
 * time of day ("5:26 PM", "17:26:00"). Only a suggestion for a problem's fix; the story itself
 * always holds what was written.
 */
import { parseIsoDate } from '../model/dates';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month?: number, day?: number): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  let value = String(year).padStart(4, '0');
  if (month !== undefined) value += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) value += `-${pad(day)}`;
  return parseIsoDate(value).ok ? value : undefined;
}

/** 1–12 for an English month name or its abbreviation ("Apr", "Sept"), else undefined. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/**
 * The ISO date for `value`, or undefined when it cannot be told. A day and month without a year
 * take `year` (the story's asOf) when given; 04/05/2025 could be either month, so it is not told.
 */
export function isoDateFor(value: string, year?: number): string | undefined {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.]+Z?)?$/.exec(v);
  if (m) return iso(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(v);
  if (m) {
    const [a, sep, b, y] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
    // Dots are day-first everywhere they are used; slashes are either way round.
    if (sep === '.' || a > 12 || a === b) return iso(y, b, a);
    if (b > 12) return iso(y, a, b);
    return undefined;
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(v);
  if (m) return iso(Number(m[2]), Number(m[1]));

  const words = v.split(/[\s,.]+/).filter(Boolean);
  if (words.length < 1 || words.length > 3) return undefined;
  let month: number | undefined;
  let day: number | undefined;
  let y: number | undefined;
  for (const word of words) {
    const number = /^(\d{1,4})(?:st|nd|rd|th)?$/i.exec(word);
    const named = monthOf(word);
    if (named !== undefined && month === undefined) month = named;
    else if (number && number[1]!.length === 4 && y === undefined) y = Number(number[1]);
    else if (number && number[1]!.length <= 2 && day === undefined) day = Number(number[1]);
    else return undefined;
  }
  if (month === undefined) return undefined;
  if (day === undefined) return y === undefined ? undefined : iso(y, month);
  y ??= year;
  return y === undefined ? undefined : iso(y, month, day);
}

/**
 * The 24-hour "HH:MM" for a time written another way: "9:00", "5:26 PM", "17.26", "17h26", or
 * "17:26:00" as Google Sheets saves a typed time (the seconds go). Undefined when it cannot be
 * told.
 */
export function timeFor(value: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.h](\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:\s*([ap])\.?m\.?)?$/i.exec(
    value.trim(),
  );
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
}
