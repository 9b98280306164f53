/**
 * The sheets of a story and their columns, written once: the reader (csv-story.ts), the writer
 * and data/README.md's tables all follow these lists.
 */
import { closest } from '../model/suggest';

/** The sheets, in the order problems are listed and files are written. */
export const SHEETS = [
  'story',
  'sources',
  'categories',
  'entities',
  'events',
  'relations',
  'terms',
  'comparisons',
  'chapters',
] as const;
export type SheetName = (typeof SHEETS)[number];
export type ListSheet = Exclude<SheetName, 'story'>;

/** The sheets of the downloadable template (public/template/), in the order the page lists them. */
export const TEMPLATE_SHEETS: readonly SheetName[] = SHEETS.filter((s) => s !== 'chapters');

/**
 * The sheets a story may do without: without categories.csv, events' categories name their
 * lanes; without terms.csv, comparisons.csv or chapters.csv, the story has no glossary, no
 * comparisons or no chapters.
 */
export const OPTIONAL: readonly SheetName[] = ['categories', 'terms', 'comparisons', 'chapters'];

/** The fields of story.csv, one row each. schemaVersion may be left out (it is 1). */
export const STORY_FIELDS = [
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'summary',
  'language',
  'asOf',
] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

const CLAIM = ['claimBy', 'claimDisputedBy', 'claimStatus', 'claimNote'];

/** Each list sheet's columns before its citations, in the order they are written. */
export const COLUMNS: Record<ListSheet, readonly string[]> = {
  sources: ['id', 'kind', 'title', 'publisher', 'published', 'dateline', 'url', 'description'],
  categories: ['id', 'label', 'description'],
  entities: ['id', 'name', 'shortName', 'kind', 'role', 'description'],
  events: [
    'id',
    'title',
    'shortTitle',
    'date',
    'end',
    'approximate',
    'time',
    'order',
    'basis',
    'dateNote',
    'summary',
    'category',
    'entities',
    'note',
    ...CLAIM,
  ],
  relations: ['id', 'from', 'label', 'to', 'kind', 'start', 'end', 'events', 'note', ...CLAIM],
  terms: ['id', 'term', 'forms', 'definition'],
  comparisons: ['id', 'topic', 'verdict', 'summary'],
  chapters: ['id', 'title', 'text', 'selectKind', 'selectId', 'from', 'to', 'graphFocus'],
};

/** The columns a sheet cannot do without; source1 stands for "at least one citation". */
export const REQUIRED: Record<ListSheet, readonly string[]> = {
  sources: ['id', 'kind', 'title', 'description'],
  categories: ['id', 'label'],
  entities: ['id', 'name', 'kind', 'description', 'source1'],
  events: ['id', 'title', 'date', 'basis', 'summary', 'category', 'source1'],
  relations: ['id', 'from', 'label', 'to', 'kind', 'source1'],
  terms: ['id', 'term', 'definition', 'source1'],
  comparisons: ['id', 'topic', 'verdict', 'summary', 'source1'],
  chapters: ['id', 'title', 'text', 'source1'],
};

/**
 * The sheets whose rows carry citations in numbered columns source1, quote1, note1, source2…:
 * an item's `sources`, or a comparison's `reports`.
 */
export const CITED: readonly ListSheet[] = [
  'entities',
  'events',
  'relations',
  'terms',
  'comparisons',
  'chapters',
];
const CITATION_PARTS = ['source', 'quote', 'note'] as const;

/** The citation columns for `count` citations: source1, quote1, note1, source2, … */
export function citationColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) => CITATION_PARTS.map((p) => `${p}${i + 1}`)).flat();
}

/** A header as a key: "Date note", "date_note" and "dateNote" are one column. */
const normal = (header: string) =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export type HeaderMatch =
  | { column: string; citation?: { part: (typeof CITATION_PARTS)[number]; n: number } }
  | { unknown: true; suggestion?: string };

/** The column a header names in a sheet, or what it may have meant. */
export function matchHeader(sheet: ListSheet, header: string): HeaderMatch {
  const key = normal(header);
  const known = COLUMNS[sheet].find((c) => normal(c) === key);
  if (known) return { column: known };
  const numbered = /^(source|quote|note)0*([1-9]\d*)$/.exec(key);
  if (numbered && CITED.includes(sheet)) {
    const part = numbered[1] as (typeof CITATION_PARTS)[number];
    const n = Number(numbered[2]);
    return { column: `${part}${n}`, citation: { part, n } };
  }
  const candidates = [...COLUMNS[sheet], ...(CITED.includes(sheet) ? citationColumns(1) : [])];
  const near = closest(key, candidates.map(normal));
  return { unknown: true, suggestion: candidates.find((c) => normal(c) === near) };
}

/** The story field a row of story.csv names, or what it may have meant. */
export function matchField(name: string): { field: StoryField } | { suggestion?: string } {
  const key = normal(name);
  const field = STORY_FIELDS.find((f) => normal(f) === key);
  if (field) return { field };
  const near = closest(key, STORY_FIELDS.map(normal));
  return { suggestion: STORY_FIELDS.find((f) => normal(f) === near) };
}

/** True for the header row of story.csv ("field,value"); it may be left out. */
export const isStoryHeader = (cells: string[]) =>
  ['field', 'key', 'name'].includes(normal(cells[0] ?? ''));

/** The sheet a file holds, from its name: "events.csv", "My story - events.csv". */
export function sheetOfFile(fileName: string): SheetName | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').trim().toLowerCase();
  return SHEETS.find((s) => base === `${s}.csv` || new RegExp(`[\\s_-]${s}\\.csv$`).test(base));
}

/** A spreadsheet's name for the column at a 0-based index: A, B, … Z, AA. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** An id from a name: "Law and courts" → "law-and-courts". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
