/**
 * The validator: turns any input into either a typed, indexed story or the list of every
 * problem found, each with its place and, where it can, the fix. It never throws.
 */
import type * as z from 'zod/mini';
import { closest } from './suggest';
import { buildIndex } from './indexes';
import { readStoryText, type Problem, type ValidationResult } from './story-text';
import { parseIsoDate, spanOf } from './dates';
import { storySchema } from './schema';
import { ISO_DATE_PATTERN, LIMITS } from './vocabulary';

/**
 * Problems listed at most: a file with thousands lists the first ones and counts the rest, and
 * only listed problems look for a "did you mean" (each look is a search of the ids).
 */
export const MAX_LISTED = 300;

type Path = (string | number)[];

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Validates the text of a story file: size, JSON syntax, then the story itself. */
export function validateStoryText(text: string): ValidationResult {
  const read = readStoryText(text);
  return read.ok ? validateStory(read.data) : read;
}

/** Validates parsed JSON. Reports structural and cross-reference problems together. */
export function validateStory(data: unknown): ValidationResult {
  let problems: Problem[];
  const tooMany = sizeProblems(data);
  if (tooMany.length) return { ok: false, problems: tooMany };
  try {
    const parsed = storySchema.safeParse(data);
    problems = parsed.success ? [] : parsed.error.issues.map((i) => schemaProblem(i, data));
    problems.push(...storyProblems(data));
    if (parsed.success && problems.length === 0) {
      return { ok: true, story: parsed.data, index: buildIndex(parsed.data) };
    }
  } catch (error) {
    // A last guard: the validator must never take the page down. Tests assert this path is
    // never reached on any input.
    problems = [{ path: '', message: `internal validator error: ${String(error)}` }];
  }
  return { ok: false, problems: listed(dedupe(problems)) };
}

/** The first problems, and how many more there are, as a last line. */
function listed(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_LISTED) return problems;
  const more = problems.length - MAX_LISTED;
  return [
    ...problems.slice(0, MAX_LISTED),
    {
      path: '',
      message: `and ${more.toLocaleString('en')} more problem${more > 1 ? 's' : ''}, not listed`,
      fix: 'Fix the problems above first, then check the file again.',
      more,
    },
  ];
}

/**
 * A story larger than the views can draw smoothly is refused at once, naming the limit: its
 * other problems would take long to find, and it could not be shown anyway.
 */
function sizeProblems(data: unknown): Problem[] {
  if (!isObject(data)) return [];
  return (['events', 'entities', 'relations'] as const).flatMap((list) => {
    const items = data[list];
    const limit = LIMITS[list];
    if (!Array.isArray(items) || items.length <= limit) return [];
    return [
      {
        path: list,
        message: `has ${items.length.toLocaleString('en')} ${list}; a story can have at most ${limit.toLocaleString('en')}`,
        fix: 'Split it into several stories, or leave out what the story does not need.',
      },
    ];
  });
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value).slice(0, 40)}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function schemaProblem(issue: z.core.$ZodIssue, data: unknown): Problem {
  const path = formatPath(issue.path);
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) return { path, message: `is missing: it must be ${expected}` };
      return { path, message: `must be ${expected}, not ${typeName(value)}` };
    }
    case 'unrecognized_keys': {
      const known = knownKeys(issue.path);
      return {
        path,
        message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: suggestion(issue.keys[0] ?? '', known) ?? `Known fields: ${known.join(', ')}.`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      const got = typeof value === 'string' ? value : '';
      const list = options.map((o) => `"${o}"`).join(', ');
      if (value === undefined) return { path, message: `is missing: it must be one of ${list}` };
      return {
        path,
        message: `is ${typeName(value)}; it must be one of ${list}`,
        fix: suggestion(got, options),
      };
    }
    case 'too_big':
      // zod's own words for a number beyond the safe range are only "Invalid input".
      if (issue.origin === 'int' && issue.message === 'Invalid input')
        return { path, message: `is too large: it must be at most ${String(issue.maximum)}` };
      return { path, message: issue.message };
    default:
      return { path, message: issue.message };
  }
}

function suggestion(value: string, candidates: Iterable<string>): string | undefined {
  const near = closest(value, candidates);
  return near ? `Did you mean "${near}"?` : undefined;
}

/** The fields the schema allows at a path, for suggestions on misspelled keys. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodMiniType = storySchema;
  for (const key of path) {
    const def = (schema as unknown as { def: Record<string, unknown> }).def;
    if (typeof key === 'number' && def.type === 'array') schema = def.element as z.ZodMiniType;
    else if (def.type === 'object')
      schema = (def.shape as Record<string, z.ZodMiniType>)[String(key)]!;
    if (!schema) return [];
    const inner = (schema as unknown as { def: Record<string, unknown> }).def;
    if (inner.type === 'optional') schema = inner.innerType as z.ZodMiniType;
  }
  const def = (schema as unknown as { def: Record<string, unknown> }).def;
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

// ---- Whole-story rules, applied to raw data so they run even when the structure is broken.

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function entries(data: Raw, key: string): [number, Raw][] {
  const value = data[key];
  if (!Array.isArray(value)) return [];
  const out: [number, Raw][] = [];
  value.forEach((item, i) => {
    if (isObject(item)) out.push([i, item]);
  });
  return out;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const LIST_NAMES = [
  'sources',
  'categories',
  'entities',
  'events',
  'relations',
  'terms',
  'comparisons',
  'chapters',
] as const;
type ListName = (typeof LIST_NAMES)[number];
const SINGULAR: Record<ListName, string> = {
  sources: 'source',
  categories: 'category',
  entities: 'entity',
  events: 'event',
  relations: 'relation',
  terms: 'term',
  comparisons: 'comparison',
  chapters: 'chapter',
};

function storyProblems(data: unknown): Problem[] {
  if (!isObject(data)) {
    return [{ path: '', message: `The story must be a JSON object, not ${typeName(data)}.` }];
  }
  const problems: Problem[] = [];
  // Past the listed ones, a problem is only counted: no search for a "did you mean".
  const suggest = (value: string, candidates: Iterable<string>) =>
    problems.length < MAX_LISTED ? suggestion(value, candidates) : undefined;
  const ids = {} as Record<ListName, Set<string>>;
  for (const name of LIST_NAMES) ids[name] = collectIds(data, name, problems);

  const ref = (path: Path, value: unknown, name: ListName) => {
    const id = str(value);
    if (id === undefined || ids[name].has(id)) return;
    problems.push({
      path: formatPath(path),
      message: `unknown ${SINGULAR[name]} "${id}"`,
      fix: suggest(id, ids[name]) ?? `Add it to "${name}" or use an existing id.`,
    });
  };
  const citations = (path: Path, value: unknown) =>
    entries({ value }, 'value').forEach(([i, c]) => {
      const at = [...path, i];
      ref([...at, 'source'], c.source, 'sources');
      checkCitation(at, c, problems);
    });
  const claim = (path: Path, value: unknown) => {
    if (!isObject(value)) return;
    for (const side of ['by', 'disputedBy'] as const) {
      const who = value[side];
      if (!Array.isArray(who)) continue;
      who.forEach((id, i) => ref([...path, side, i], id, 'entities'));
      checkTwice([...path, side], who, 'entity', problems);
    }
  };

  for (const [i, e] of entries(data, 'entities')) citations(['entities', i, 'sources'], e.sources);
  for (const [i, e] of entries(data, 'events')) {
    const at: Path = ['events', i];
    ref([...at, 'category'], e.category, 'categories');
    entries(e, 'entities').forEach(([j, p]) => ref([...at, 'entities', j, 'id'], p.id, 'entities'));
    if (Array.isArray(e.entities))
      checkTwice(
        [...at, 'entities'],
        e.entities.map((p) => (isObject(p) ? p.id : undefined)),
        'entity',
        problems,
      );
    citations([...at, 'sources'], e.sources);
    claim([...at, 'claim'], e.claim);
    if (isObject(e.date)) {
      checkSpan([...at, 'date'], e.date.start, e.date.end, problems);
      checkDateExtras([...at, 'date'], e.date, problems);
    }
  }
  for (const [i, r] of entries(data, 'relations')) {
    const at: Path = ['relations', i];
    ref([...at, 'from'], r.from, 'entities');
    ref([...at, 'to'], r.to, 'entities');
    if (Array.isArray(r.events)) {
      r.events.forEach((id, j) => ref([...at, 'events', j], id, 'events'));
      checkTwice([...at, 'events'], r.events, 'event', problems);
    }
    citations([...at, 'sources'], r.sources);
    claim([...at, 'claim'], r.claim);
    checkSpan(at, r.start, r.end, problems);
    if (str(r.from) !== undefined && r.from === r.to) {
      problems.push({
        path: formatPath([...at, 'to']),
        message: `a relation cannot go from an entity to itself ("${String(r.from)}")`,
      });
    }
  }
  for (const [i, t] of entries(data, 'terms')) citations(['terms', i, 'sources'], t.sources);
  const reports = entries(data, 'sources')
    .filter(([, s]) => s.kind === 'report')
    .flatMap(([, s]) => str(s.id) ?? []);
  for (const [i, c] of entries(data, 'comparisons')) {
    citations(['comparisons', i, 'reports'], c.reports);
    checkComparison(['comparisons', i, 'reports'], c.reports, reports, ids.sources, problems);
  }
  const eventDates = new Map(
    entries(data, 'events').flatMap(([, e]) => (str(e.id) ? [[str(e.id)!, e.date]] : [])),
  );
  for (const [i, c] of entries(data, 'chapters')) {
    const at: Path = ['chapters', i];
    citations([...at, 'sources'], c.sources);
    const select = c.select;
    if (
      isObject(select) &&
      typeof select.kind === 'string' &&
      Object.hasOwn(SELECT_LISTS, select.kind)
    )
      ref([...at, 'select', 'id'], select.id, SELECT_LISTS[select.kind as SelectKind]);
    if (Array.isArray(c.graphFocus)) {
      c.graphFocus.forEach((id, j) => ref([...at, 'graphFocus', j], id, 'entities'));
      checkTwice([...at, 'graphFocus'], c.graphFocus, 'entity', problems);
    }
    if (isObject(c.window) && checkWindow([...at, 'window'], c.window, problems))
      checkSelectInWindow(at, c, eventDates, problems);
  }
  checkDate(['asOf'], data.asOf, problems);
  for (const [i, s] of entries(data, 'sources'))
    checkDate(['sources', i, 'published'], s.published, problems);
  return problems;
}

/** The list a chapter's `select` points into, by its kind. */
const SELECT_LISTS = { entity: 'entities', event: 'events', relation: 'relations' } as const;
type SelectKind = keyof typeof SELECT_LISTS;

function collectIds(data: Raw, name: ListName, problems: Problem[]): Set<string> {
  const seen = new Map<string, number>();
  for (const [i, item] of entries(data, name)) {
    const id = str(item.id);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        path: formatPath([name, i, 'id']),
        message: `duplicate id "${id}": ${name}[${first}] has it too`,
        fix: 'Give each item its own id.',
      });
    } else seen.set(id, i);
  }
  return new Set(seen.keys());
}

/** A list of references names each item once: "ana" twice in one event is refused. */
function checkTwice(path: Path, ids: unknown[], what: string, problems: Problem[]): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string') return;
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else
      problems.push({
        path: formatPath([...path, i]),
        message: `names the ${what} "${id}" twice: [${at}] names it too`,
        fix: `Name each ${what} once; put both roles in one.`,
      });
  });
}

function checkCitation(path: Path, citation: Raw, problems: Problem[]): void {
  const quote = citation.quote;
  if (typeof quote === 'string' && quote.trim() === '') {
    problems.push({
      path: formatPath([...path, 'quote']),
      message: 'the quote is empty',
      fix: 'Copy the words from the source verbatim, or use "note" for an unquoted reference.',
    });
  }
  if (quote === undefined && citation.note === undefined) {
    problems.push({
      path: formatPath(path),
      message: 'a citation needs a "quote" from the source or a "note"',
    });
  }
}

/** A time or an order places an event within one day; an uncertain end needs a span. */
function checkDateExtras(path: Path, date: Raw, problems: Problem[]): void {
  const start = str(date.start);
  const end = str(date.end);
  // An unreadable start is reported on its own; "not a single day" would only add noise.
  if (start === undefined || !ISO_DATE_PATTERN.test(start)) return;
  const oneDay = start.length === 10 && (end === undefined || end === start);
  for (const key of ['time', 'order'] as const) {
    if (date[key] === undefined || oneDay) continue;
    problems.push({
      path: formatPath([...path, key]),
      message: `"${key}" places an event within one day, but this date is not a single day`,
      fix: 'Give the full day (2025-03-15) without an end, or remove it.',
    });
  }
  const approximate = date.approximate;
  if ((approximate === 'start' || approximate === 'end') && end === undefined) {
    problems.push({
      path: formatPath([...path, 'approximate']),
      message: `approximate "${approximate}" needs a span, but this date has no end`,
      fix: 'Give an end, or write approximate: true.',
    });
  }
}

/** A comparison sets the reports side by side: each report once, quoted or noted silent. */
function checkComparison(
  path: Path,
  value: unknown,
  reports: string[],
  sources: Set<string>,
  problems: Problem[],
) {
  if (!Array.isArray(value)) return;
  const cited = value.flatMap((c) => (isObject(c) ? (str(c.source) ?? []) : []));
  for (const id of reports) {
    const times = cited.filter((c) => c === id).length;
    if (times === 1) continue;
    problems.push({
      path: formatPath(path),
      message:
        times === 0
          ? `does not cite the report "${id}"`
          : `cites the report "${id}" ${times} times`,
      fix:
        times === 0
          ? 'Cite it once: a quote where it speaks to the point, a note where it is silent.'
          : 'Cite each report once; put the words together in one quote or note.',
    });
  }
  cited.forEach((id, i) => {
    // An unknown source is reported as unknown, not also as "not a report".
    if (reports.includes(id) || !sources.has(id)) return;
    problems.push({
      path: formatPath([...path, i, 'source']),
      message: `"${id}" is not a report: a comparison cites only sources of kind "report"`,
    });
  });
}

/** Reports a date that matches the ISO pattern but does not exist (the schema catches the rest). */
function checkDate(path: Path, value: unknown, problems: Problem[]): boolean {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  const parsed = parseIsoDate(value);
  if (!parsed.ok) problems.push({ path: formatPath(path), message: parsed.reason });
  return parsed.ok;
}

/** A chapter's window: two real dates, `to` not before `from` (both are included). */
function checkWindow(path: Path, window: Raw, problems: Problem[]): boolean {
  const fromOk = checkDate([...path, 'from'], window.from, problems);
  const toOk = checkDate([...path, 'to'], window.to, problems);
  if (!fromOk || !toOk) return false;
  const from = window.from as string;
  const to = window.to as string;
  if (spanOf({ start: to }).end > spanOf({ start: from }).start) return true;
  problems.push({
    path: formatPath([...path, 'to']),
    message: `the window ends (${to}) before it starts (${from})`,
    fix: 'Swap from and to, or correct one of them.',
  });
  return false;
}

/**
 * A chapter that selects an event shows it: the event must fall in the chapter's window, or
 * the timeline would have to leave the window to show it.
 */
function checkSelectInWindow(
  at: Path,
  chapter: Raw,
  eventDates: Map<string, unknown>,
  problems: Problem[],
): void {
  const select = chapter.select;
  const window = chapter.window as Raw;
  if (!isObject(select) || select.kind !== 'event') return;
  const date = eventDates.get(str(select.id) ?? '');
  if (
    !isObject(date) ||
    !isRealDate(date.start) ||
    (date.end !== undefined && !isRealDate(date.end))
  )
    return;
  const event = spanOf({ start: date.start as string, end: date.end as string | undefined });
  const from = spanOf({ start: window.from as string }).start;
  const to = spanOf({ start: window.to as string }).end;
  if (event.start < to && event.end > from) return;
  problems.push({
    path: formatPath([...at, 'select', 'id']),
    message: `the event "${String(select.id)}" falls outside the chapter's window (${String(window.from)} to ${String(window.to)})`,
    fix: "Widen the window to the event's date, or select another item.",
  });
}

function isRealDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && parseIsoDate(value).ok;
}

function checkSpan(path: Path, start: unknown, end: unknown, problems: Problem[]): void {
  const startOk = checkDate([...path, 'start'], start, problems);
  const endOk = checkDate([...path, 'end'], end, problems);
  if (
    startOk &&
    endOk &&
    spanOf({ start: start as string, end: end as string }).end <=
      spanOf({ start: start as string }).start
  ) {
    problems.push({
      path: formatPath([...path, 'end']),
      message: `ends (${String(end)}) before it starts (${String(start)})`,
      fix: 'Swap start and end, or correct one of them.',
    });
  }
}
