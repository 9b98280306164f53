/**
 * The validator's messages said for a cell of a spreadsheet: "'April 14' is not a date; write
 * 2025-04-14" rather than "must be an ISO date". The validator words problems for a JSON file;
 * this is its one translation for sheets, matched on its messages (tested in csv-story.test.ts).
 */
import type { Problem } from '../model/story-text';
import { slugify } from './columns';
import { isoDateFor, timeFor } from './date-hint';

export interface CellContext {
  /** The value the problem is about, as the cell gave it. */
  value?: string;
  /** The column's canonical name ("quote2"). */
  column?: string;
  /** The year of the story's asOf, for a date written without one. */
  asOfYear?: number;
  /** The spreadsheet row of item `index` of a list ("entities", 3). */
  rowOf: (list: string, index: number) => number | undefined;
}

const FILES: Record<string, string> = {
  sources: 'sources.csv',
  categories: 'categories.csv',
  entities: 'entities.csv',
  events: 'events.csv',
  relations: 'relations.csv',
  terms: 'terms.csv',
  comparisons: 'comparisons.csv',
  chapters: 'chapters.csv',
};

const LISTS = Object.keys(FILES).join('|');
const LIST_NAME = new RegExp(`"(${LISTS})"`, 'g');
const LIST_ITEM = new RegExp(`\\b(${LISTS})\\[(\\d+)\\]`, 'g');

/** The fix for an event's order that is not a place in its day: the reader's and the validator's. */
export const ORDER_FIX = 'write 1 for the first event of its day, 2 for the second, and so on';

function quoted(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return `'${one.length > 40 ? `${one.slice(0, 39)}…` : one}'`;
}

/** A fix after a semicolon: "Did you mean…" becomes "did you mean…", with no full stop. */
export function lower(text: string | undefined): string | undefined {
  if (!text) return text;
  const start = /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  return start.replace(/\.$/, '');
}

/** A JSON list's name in a message becomes its file: `Add it to "entities"` → entities.csv. */
function inFiles(text: string, ctx: CellContext): string {
  return text
    .replace(LIST_NAME, (_, list: string) => FILES[list]!)
    .replace(LIST_ITEM, (all, list, i) => {
      const row = ctx.rowOf(list, Number(i));
      return row === undefined ? all : `row ${row}`;
    });
}

export function sheetMessage(
  problem: Problem,
  ctx: CellContext,
): { message: string; fix?: string } {
  const { value, column } = ctx;
  const m = problem.message;
  const fix = lower(problem.fix && inFiles(problem.fix, ctx));

  if (m.startsWith('must be an ISO date') && value !== undefined) {
    const iso = isoDateFor(value, ctx.asOfYear);
    return {
      message: `${quoted(value)} is not a date`,
      fix: iso ? `write ${iso}` : 'write it as 2025-04-14, 2025-04 or 2025',
    };
  }
  if (m.startsWith('must be a 24-hour time') && value !== undefined) {
    const time = timeFor(value);
    return {
      message: `${quoted(value)} is not a 24-hour time`,
      fix: time
        ? `write ${time}`
        : 'write it as 17:26: the hour from 00 to 23, a colon, the minutes',
    };
  }
  if (m.startsWith('must be a kebab-case id') && value !== undefined) {
    const id = slugify(value);
    return {
      message: `${quoted(value)} is not an id`,
      fix: `write lower-case letters and digits joined by hyphens${id ? `, such as ${id}` : ''}`,
    };
  }
  if (m.startsWith('is missing') || m === 'must not be empty') {
    return { message: 'the cell is empty', fix: 'fill it in' };
  }
  if (m === 'needs at least one citation') {
    return {
      message: 'there is no citation',
      fix: 'give the id of a source in source1, and its words in quote1 (or what it says in note1)',
    };
  }
  if (m === 'needs a citation of each report') {
    return {
      message: 'there is no citation',
      fix: 'cite each report once: its id in source1, source2…, and its words in quote1, quote2… (or, where it is silent, say so in note1, note2…)',
    };
  }
  if (m === 'must be 1 or more' && value !== undefined) {
    return { message: `${quoted(value)} is not 1 or more`, fix: ORDER_FIX };
  }
  if (/^approximate "(start|end)" needs a span/.test(m)) {
    return { message: m, fix: 'give the date an end in the end column, or write true' };
  }
  if (m.startsWith('a citation needs a "quote"')) {
    const n = /\d+$/.exec(column ?? '')?.[0] ?? '1';
    return {
      message: `source${n} has neither quote${n} nor note${n}`,
      fix: `copy the words from the source into quote${n}, or say what it says in note${n}`,
    };
  }
  const enumeration = /^is .*; it must be one of (.*)$/.exec(m);
  if (enumeration && value !== undefined) {
    return {
      message: `${quoted(value)} is not one of ${enumeration[1]!.replace(/"/g, '')}`,
      fix,
    };
  }
  const tooLong = /^must be at most (\d+) characters/.exec(m);
  if (tooLong && value !== undefined) {
    return {
      message: `the text is ${value.length} characters long; it can be at most ${tooLong[1]}`,
      fix: 'shorten it',
    };
  }
  if (m.startsWith('must be') && value !== undefined) {
    return { message: `${quoted(value)} ${m}`, fix };
  }
  return { message: inFiles(m, ctx), fix };
}
