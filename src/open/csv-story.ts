/**
 * A story as a set of spreadsheets, both ways: the CSV sheets a teacher exports from Google
 * Sheets, Excel or LibreOffice become a story the validator accepts, and a story becomes those
 * sheets again. Every problem is told in the reader's terms, all at once: the file, the row as
 * the spreadsheet numbers it, and the column's header. The format is documented in
 * data/README.md ("Writing a story in a spreadsheet").
 */
import type { StoryIndex } from '../model/indexes';
import type { Citation, Claim, StoryDate, Story } from '../model/schema';
import { closest } from '../model/suggest';
import { validateStory } from '../model/validate';
import type { Problem } from '../model/story-text';
import {
  CITED,
  COLUMNS,
  OPTIONAL,
  REQUIRED,
  SHEETS,
  STORY_FIELDS,
  citationColumns,
  columnLetter,
  isStoryHeader,
  matchField,
  matchHeader,
  sheetOfFile,
  slugify,
  type ListSheet,
  type SheetName,
  type StoryField,
} from './columns';
import { decodeSheet, parseSheet, type Row, type SheetFile } from './sheets';
import { writeSheet } from './write-sheet';
import { ORDER_FIX, lower, sheetMessage } from './sheet-messages';
import { isoDateFor } from './date-hint';
import { storyWarnings } from './warnings';

/** A problem in the reader's terms. */
export interface SheetProblem {
  /** The file as the reader named it ("events.csv"); "" for the set as a whole. */
  file: string;
  /** The row as the spreadsheet numbers it: the header is row 1. */
  row?: number;
  /** The column's header as written in the file (or its letter, when it has none). */
  column?: string;
  /** In story.csv, the field the row holds ("asOf"). */
  field?: string;
  message: string;
  fix?: string;
  /** On the last line of a long list: the problems it stands for (problemCount). */
  more?: number;
}

export type SheetsResult =
  | { ok: true; story: Story; index: StoryIndex; warnings: SheetProblem[] }
  | { ok: false; errors: SheetProblem[]; warnings: SheetProblem[] };

/** "events.csv, row 14, column date: 'April 14' is not a date; write 2025-04-14" */
export function describeSheetProblem(p: SheetProblem): string {
  const where = [
    p.file || 'the spreadsheets',
    p.row === undefined ? '' : `row ${p.row}${p.field ? ` (${p.field})` : ''}`,
    p.row === undefined && p.field ? `field ${p.field}` : '',
    p.column === undefined || p.field ? '' : `column ${p.column}`,
  ].filter(Boolean);
  return `${where.join(', ')}: ${p.message}${p.fix ? `; ${p.fix}` : ''}`;
}

interface Sheet {
  name: SheetName;
  file: string;
  header: string[];
  /** The cell index of each column, by its canonical name ("dateNote", "quote2"). */
  index: Map<string, number>;
  rows: Row[];
  /** The n of every citation column present (source2, quote2 or note2 give 2), ascending. */
  citations: number[];
}

/** Where an item came from: its row, and the n of the columns of each of its citations. */
interface ItemPlace {
  sheet: Sheet;
  row: number;
  cites: number[];
  /** For a category taken from the events' category column: that column. */
  column?: string;
}

type Raw = Record<string, unknown>;

/** The object without its undefined fields, in the order given. */
function compact<T extends Raw>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

const TRUE_WORDS = ['true', 'yes', 'y', 'x', '1'];
const FALSE_WORDS = ['false', 'no', 'n', '0'];
/** The uncertain end of a span, in an event's approximate column. */
const END_WORDS = ['start', 'end'] as const;

/** "ana (invoker); the-act" → [{ id: 'ana', role: 'invoker' }, { id: 'the-act' }] */
function participants(cell: string | undefined): { id: string; role?: string }[] {
  if (cell === undefined) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ';' || ch === ',' || ch === '\n')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^([^\s(]+)\s*\(([\s\S]*)\)$/.exec(p);
      return m ? { id: m[1]!, role: m[2]!.trim() } : { id: p };
    });
}

function participantsCell(list: { id: string; role?: string }[]): string {
  return list.map((p) => (p.role === undefined ? p.id : `${p.id} (${p.role})`)).join('; ');
}

/** Reads a set of CSV files into a story; never throws. */
export function sheetsToStory(files: SheetFile[]): SheetsResult {
  return new SheetSet(files).result();
}

class SheetSet {
  private errors: SheetProblem[] = [];
  private warnings: SheetProblem[] = [];
  private sheets = new Map<SheetName, Sheet>();
  /** Sheets that are missing or unreadable: problems placed in them say nothing new. */
  private absent = new Set<SheetName>();
  /** Required columns a sheet lacks, as "events|summary". */
  private missingColumns = new Set<string>();
  private places: Record<ListSheet, ItemPlace[]> = {
    sources: [],
    categories: [],
    entities: [],
    events: [],
    relations: [],
    terms: [],
    comparisons: [],
    chapters: [],
  };
  private storyRows = new Map<StoryField, number>();
  private raw: Raw = {};

  constructor(files: SheetFile[]) {
    this.readFiles(files);
    this.raw = this.build();
  }

  result(): SheetsResult {
    const validation = validateStory(this.raw);
    const problems = validation.ok ? [] : validation.problems;
    // "'Ana' is not an id" says less than 'unknown entity "Ana"; did you mean "ana"?' there,
    // and an unknown source in a comparison is not "not a report" but a typo.
    const unknown = new Set(
      problems.filter((p) => p.message.startsWith('unknown ')).map((p) => p.path),
    );
    const saidBetter = (p: Problem) =>
      unknown.has(p.path) &&
      (p.message.startsWith('must be a kebab-case id') || p.message.includes('is not a report'));
    // A time beside a day written 'April 14' is not misplaced: the date is wrong, and says so.
    const badDates = new Set(
      problems.filter((p) => /\.date\.(start|end)$/.test(p.path)).map((p) => dateOf(p.path)),
    );
    const placed = problems
      .filter((p) => !saidBetter(p))
      .filter((p) => !(/within one day/.test(p.message) && badDates.has(dateOf(p.path))))
      .flatMap((p) => this.place(p) ?? []);
    const errors = this.sorted(dedupe([...this.errors, ...placed]));
    if (validation.ok) {
      this.warnings.push(...storyWarnings(validation.story).flatMap((w) => this.place(w) ?? []));
    }
    const warnings = this.sorted(this.warnings);
    if (validation.ok && errors.length === 0) {
      return { ok: true, story: validation.story, index: validation.index, warnings };
    }
    return { ok: false, errors, warnings };
  }

  /** In the order of the sheets, rows and columns; the set as a whole first. */
  private sorted(problems: SheetProblem[]): SheetProblem[] {
    const files = [...this.sheets.values()];
    const key = (p: SheetProblem) => {
      const name = p.file === '' ? undefined : sheetOfFile(p.file);
      const header = files.find((s) => s.file === p.file)?.header ?? [];
      const column = header.findIndex((h) => h.trim() === p.column);
      return [name === undefined ? -1 : SHEETS.indexOf(name), p.row ?? 0, column];
    };
    return problems
      .map((p, i) => ({ key: [...key(p), i], p }))
      .sort((a, b) => {
        const i = a.key.findIndex((k, j) => k !== b.key[j]);
        return i < 0 ? 0 : a.key[i]! - b.key[i]!;
      })
      .map(({ p }) => p);
  }

  // ---- Files and headers

  private readFiles(files: SheetFile[]): void {
    const byName = new Map<SheetName, SheetFile>();
    for (const file of files) {
      const name = sheetOfFile(file.name);
      if (!name) {
        this.warnings.push({
          file: file.name,
          message: `not one of the sheets (${SHEETS.map((s) => `${s}.csv`).join(', ')}), so it was left out`,
          fix: 'name the file after the sheet it holds, such as events.csv',
        });
      } else if (byName.has(name)) {
        this.errors.push({
          file: file.name,
          message: `${byName.get(name)!.name} holds the ${name} sheet too`,
          fix: 'keep one of them',
        });
      } else byName.set(name, file);
    }
    for (const name of SHEETS) {
      const file = byName.get(name);
      if (!file) {
        this.absent.add(name);
        if (!OPTIONAL.includes(name)) {
          this.errors.push({
            file: `${name}.csv`,
            message: 'the file is missing',
            fix: `add it; it may hold only its header row (see the template)`,
          });
        }
        continue;
      }
      const decoded = decodeSheet(file.data);
      if (!('text' in decoded)) {
        this.absent.add(name);
        this.errors.push({ file: file.name, ...decoded, fix: lower(decoded.fix) });
        continue;
      }
      const { sheet, problems } = parseSheet(decoded.text);
      for (const p of problems) this.errors.push({ file: file.name, ...p, fix: lower(p.fix) });
      if (sheet.header.every((h) => h.trim() === '') && sheet.rows.length === 0) {
        this.absent.add(name);
        this.errors.push({
          file: file.name,
          message: 'the file is empty',
          fix:
            name === 'story'
              ? 'give it a row for each field: id, title, summary, language, asOf'
              : `its first row names the columns: ${[...REQUIRED[name]].join(', ')}`,
        });
        continue;
      }
      this.sheets.set(name, this.readHeader(name, file.name, sheet.header, sheet.rows));
    }
  }

  private readHeader(name: SheetName, file: string, header: string[], rows: Row[]): Sheet {
    const sheet: Sheet = { name, file, header, index: new Map(), rows, citations: [] };
    if (name === 'story') {
      // A sheet of field,value rows whose header row may be left out.
      if (!isStoryHeader(header)) sheet.rows = [{ row: 1, cells: header }, ...rows];
      return sheet;
    }
    const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
    const citations = new Set<number>();
    for (let i = 0; i < width; i++) {
      const written = header[i]?.trim() ?? '';
      if (written === '') {
        const used = rows.find((r) => (r.cells[i] ?? '').trim() !== '');
        if (used) {
          this.errors.push({
            file,
            row: used.row,
            column: columnLetter(i),
            message: 'this cell is in a column with no name in the first row',
            fix: `name the column in row 1, or move the cell to a named column`,
          });
        }
        continue;
      }
      const match = matchHeader(name, written);
      if ('unknown' in match) {
        this.errors.push({
          file,
          row: 1,
          column: written,
          message: `not a column of ${name}.csv`,
          fix: match.suggestion
            ? `did you mean "${match.suggestion}"?`
            : `its columns are ${[...COLUMNS[name], 'source1', 'quote1', 'note1', '…'].join(', ')}`,
        });
      } else if (sheet.index.has(match.column)) {
        this.errors.push({
          file,
          row: 1,
          column: written,
          message: `two columns are named ${match.column}`,
          fix: 'keep one of them',
        });
      } else {
        sheet.index.set(match.column, i);
        if (match.citation) citations.add(match.citation.n);
      }
    }
    sheet.citations = [...citations].sort((a, b) => a - b);
    for (const column of REQUIRED[name]) {
      const has = column === 'source1' ? sheet.citations.length > 0 : sheet.index.has(column);
      if (has) continue;
      this.missingColumns.add(`${name}|${column}`);
      this.errors.push({
        file,
        column,
        message: 'there is no such column',
        fix:
          column === 'source1'
            ? 'add the columns source1 and quote1 (or note1): every row needs a citation'
            : `add a column named ${column} to the first row`,
      });
    }
    return sheet;
  }

  // ---- Cells

  private cell(sheet: Sheet, row: Row, column: string): string | undefined {
    const i = sheet.index.get(column);
    const value = i === undefined ? undefined : row.cells[i];
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  private word(sheet: Sheet, row: Row, column: string): string | undefined {
    return this.cell(sheet, row, column)?.trim();
  }

  private ids(sheet: Sheet, row: Row, column: string): string[] | undefined {
    return this.word(sheet, row, column)
      ?.split(/[\s;,]+/)
      .filter(Boolean);
  }

  /** An event's approximate column: yes or no, or the one uncertain end of a span. */
  private approximate(sheet: Sheet, row: Row): StoryDate['approximate'] {
    const value = this.word(sheet, row, 'approximate');
    if (value === undefined) return undefined;
    const word = value.toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
    const end = END_WORDS.find((e) => e === word);
    if (end) return end;
    const near = closest(word, ['true', 'false', ...END_WORDS]);
    this.errors.push({
      file: sheet.file,
      row: row.row,
      column: this.header(sheet, 'approximate'),
      message: `'${value}' is not true, false, start or end`,
      fix: near
        ? `did you mean "${near}"?`
        : 'write true, false, start or end (only that end of a span is uncertain), or leave it empty',
    });
    return undefined;
  }

  /** An event's order column: its place among the events of its day, a whole number. */
  private order(sheet: Sheet, row: Row): number | undefined {
    const value = this.word(sheet, row, 'order');
    if (value === undefined) return undefined;
    // The validator says what is wrong with a number (0 is not a place); text is told here.
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(number)) return number;
    this.errors.push({
      file: sheet.file,
      row: row.row,
      column: this.header(sheet, 'order'),
      message: `'${value}' is ${Number.isNaN(number) ? 'not a whole number' : 'too big a number'}`,
      fix: ORDER_FIX,
    });
    return undefined;
  }

  /** "removal; removals" → ['removal', 'removals']: a list of texts that may hold commas. */
  private texts(sheet: Sheet, row: Row, column: string): string[] | undefined {
    const list = this.cell(sheet, row, column)
      ?.split(/[;\n]/)
      .map((t) => t.trim())
      .filter(Boolean);
    return list?.length ? list : undefined;
  }

  private header(sheet: Sheet, column: string): string {
    const i = sheet.index.get(column);
    return (i === undefined ? undefined : sheet.header[i]?.trim()) || column;
  }

  private citations(sheet: Sheet, row: Row): { sources: Citation[]; cites: number[] } {
    const sources: Citation[] = [];
    const cites: number[] = [];
    for (const n of sheet.citations) {
      const citation = compact({
        source: this.word(sheet, row, `source${n}`),
        quote: this.cell(sheet, row, `quote${n}`),
        note: this.cell(sheet, row, `note${n}`),
      });
      if (Object.keys(citation).length === 0) continue;
      sources.push(citation as Citation);
      cites.push(n);
    }
    return { sources, cites };
  }

  private claim(sheet: Sheet, row: Row): Claim | undefined {
    const claim = compact({
      by: this.ids(sheet, row, 'claimBy'),
      disputedBy: this.ids(sheet, row, 'claimDisputedBy'),
      status: this.word(sheet, row, 'claimStatus'),
      note: this.cell(sheet, row, 'claimNote'),
    });
    if (Object.keys(claim).length === 0) return undefined;
    // A claim needs who makes it: an empty claimBy is reported there.
    return { ...claim, by: claim.by ?? [] } as Claim;
  }

  // ---- The story

  private build(): Raw {
    const story: Raw = {};
    const sheet = this.sheets.get('story');
    for (const row of sheet?.rows ?? []) {
      const [name = '', value = '', ...rest] = row.cells;
      const match = matchField(name.trim());
      if (!('field' in match)) {
        this.errors.push({
          file: sheet!.file,
          row: row.row,
          message: `"${name.trim()}" is not a field of the story`,
          fix: match.suggestion
            ? `did you mean "${match.suggestion}"?`
            : `the fields are ${STORY_FIELDS.join(', ')}`,
        });
        continue;
      }
      const { field } = match;
      if (this.storyRows.has(field)) {
        this.errors.push({
          file: sheet!.file,
          row: row.row,
          field,
          message: `row ${this.storyRows.get(field)} gives ${field} too`,
          fix: 'keep one of them',
        });
        continue;
      }
      this.storyRows.set(field, row.row);
      if (rest.some((c) => c.trim() !== '')) {
        this.errors.push({
          file: sheet!.file,
          row: row.row,
          field,
          message: 'this row has cells after its value',
          fix: 'keep the value in the second column, in one cell',
        });
      }
      const text =
        value.trim() === ''
          ? undefined
          : field === 'summary' || field === 'title'
            ? value
            : value.trim();
      story[field] =
        field === 'schemaVersion' && text !== undefined && /^\d+$/.test(text) ? Number(text) : text;
    }
    story.schemaVersion ??= 1;

    const derived = !this.sheets.has('categories');
    const categories: Raw[] = [];
    return compact({
      $schema: story.$schema,
      schemaVersion: story.schemaVersion,
      id: story.id,
      title: story.title,
      summary: story.summary,
      language: story.language,
      asOf: story.asOf,
      sources: this.rows('sources', (s, r) =>
        compact({
          id: this.word(s, r, 'id'),
          publisher: this.cell(s, r, 'publisher'),
          title: this.cell(s, r, 'title'),
          published: this.word(s, r, 'published'),
          dateline: this.cell(s, r, 'dateline'),
          url: this.word(s, r, 'url'),
          kind: this.word(s, r, 'kind'),
          description: this.cell(s, r, 'description'),
        }),
      ),
      categories: derived
        ? categories
        : this.rows('categories', (s, r) =>
            compact({
              id: this.word(s, r, 'id'),
              label: this.cell(s, r, 'label'),
              description: this.cell(s, r, 'description'),
            }),
          ),
      entities: this.rows('entities', (s, r, cite) =>
        compact({
          id: this.word(s, r, 'id'),
          name: this.cell(s, r, 'name'),
          shortName: this.cell(s, r, 'shortName'),
          kind: this.word(s, r, 'kind'),
          role: this.cell(s, r, 'role'),
          description: this.cell(s, r, 'description'),
          sources: cite(),
        }),
      ),
      events: this.rows('events', (s, r, cite) =>
        compact({
          id: this.word(s, r, 'id'),
          title: this.cell(s, r, 'title'),
          shortTitle: this.cell(s, r, 'shortTitle'),
          date: compact({
            start: this.word(s, r, 'date'),
            end: this.word(s, r, 'end'),
            approximate: this.approximate(s, r),
            time: this.word(s, r, 'time'),
            order: this.order(s, r),
            basis: this.word(s, r, 'basis'),
            note: this.cell(s, r, 'dateNote'),
          }),
          summary: this.cell(s, r, 'summary'),
          entities: participants(this.cell(s, r, 'entities')),
          category: derived ? this.lane(s, r, categories) : this.word(s, r, 'category'),
          sources: cite(),
          claim: this.claim(s, r),
          note: this.cell(s, r, 'note'),
        }),
      ),
      relations: this.rows('relations', (s, r, cite) =>
        compact({
          id: this.word(s, r, 'id'),
          from: this.word(s, r, 'from'),
          to: this.word(s, r, 'to'),
          kind: this.word(s, r, 'kind'),
          label: this.cell(s, r, 'label'),
          start: this.word(s, r, 'start'),
          end: this.word(s, r, 'end'),
          events: this.ids(s, r, 'events'),
          sources: cite(),
          claim: this.claim(s, r),
          note: this.cell(s, r, 'note'),
        }),
      ),
      // Without its sheet, a story has no glossary: no terms key at all, as in its JSON.
      terms: !this.sheets.has('terms')
        ? undefined
        : this.rows('terms', (s, r, cite) =>
            compact({
              id: this.word(s, r, 'id'),
              term: this.cell(s, r, 'term'),
              forms: this.texts(s, r, 'forms'),
              definition: this.cell(s, r, 'definition'),
              sources: cite(),
            }),
          ),
      comparisons: !this.sheets.has('comparisons')
        ? undefined
        : this.rows('comparisons', (s, r, cite) =>
            compact({
              id: this.word(s, r, 'id'),
              topic: this.cell(s, r, 'topic'),
              verdict: this.word(s, r, 'verdict'),
              summary: this.cell(s, r, 'summary'),
              reports: cite(),
            }),
          ),
      chapters: !this.sheets.has('chapters')
        ? undefined
        : this.rows('chapters', (s, r, cite) =>
            compact({
              id: this.word(s, r, 'id'),
              title: this.cell(s, r, 'title'),
              text: this.cell(s, r, 'text'),
              sources: cite(),
              // A step's selection and window each take two cells; either one gives them.
              select: given(
                compact({ kind: this.word(s, r, 'selectKind'), id: this.word(s, r, 'selectId') }),
              ),
              window: given(compact({ from: this.word(s, r, 'from'), to: this.word(s, r, 'to') })),
              graphFocus: this.ids(s, r, 'graphFocus'),
            }),
          ),
    });
  }

  /** The items of a list sheet, one per row, each with its place kept for problems. */
  private rows(name: ListSheet, item: (s: Sheet, r: Row, cite: () => Citation[]) => Raw): Raw[] {
    const sheet = this.sheets.get(name);
    if (!sheet) return [];
    return sheet.rows.map((row) => {
      const place: ItemPlace = { sheet, row: row.row, cites: [] };
      this.places[name].push(place);
      return item(sheet, row, () => {
        const { sources, cites } = this.citations(sheet, row);
        place.cites = cites;
        return sources;
      });
    });
  }

  /** Without categories.csv, each lane named in the category column becomes a category. */
  private lane(sheet: Sheet, row: Row, categories: Raw[]): string | undefined {
    const label = this.cell(sheet, row, 'category')?.trim();
    if (label === undefined) return undefined;
    const id = slugify(label) || label;
    if (!categories.some((c) => c.id === id)) {
      categories.push({ id, label });
      this.places.categories.push({ sheet, row: row.row, cites: [], column: 'category' });
    }
    return id;
  }

  // ---- Problems, from the validator's paths to files, rows and columns

  /** The validator's problem in the reader's terms, or undefined when another says it. */
  private place(problem: Problem): SheetProblem | undefined {
    const where = this.where(problem.path);
    if (!where) return undefined;
    if (where.list && this.absent.has(where.list)) return undefined;
    if (where.list && where.column && this.missingColumns.has(`${where.list}|${where.column}`))
      return undefined;
    const lists = /^unknown (entity|event|source|category) /.exec(problem.message);
    const target =
      lists &&
      ({ entity: 'entities', event: 'events', source: 'sources', category: 'categories' } as const)[
        lists[1] as 'entity'
      ];
    if (target && this.absent.has(target)) return undefined;

    const value = valueAt(this.raw, problem.path);
    const { message, fix } = sheetMessage(problem, {
      value: typeof value === 'string' || typeof value === 'number' ? String(value) : undefined,
      column: where.column,
      asOfYear: this.asOfYear(),
      rowOf: (list, i) => this.places[list as ListSheet]?.[i]?.row,
    });
    if (where.field && where.row === undefined) {
      return {
        file: where.file,
        field: where.field,
        message: `there is no ${where.field} row`,
        fix: `add a row with ${where.field} in the first column and its value in the second`,
      };
    }
    return compact({
      file: where.file,
      row: where.row,
      column: where.sheet && where.column ? this.header(where.sheet, where.column) : where.column,
      field: where.field,
      message,
      fix,
      more: problem.more,
    });
  }

  /** The year of asOf, even when asOf is not written as ISO, for dates written without one. */
  private asOfYear(): number | undefined {
    const asOf = typeof this.raw.asOf === 'string' ? this.raw.asOf : '';
    const iso = /^\d{4}/.test(asOf) ? asOf : isoDateFor(asOf);
    return iso ? Number(iso.slice(0, 4)) : undefined;
  }

  private where(path: string):
    | {
        file: string;
        list?: SheetName;
        sheet?: Sheet;
        row?: number;
        column?: string;
        field?: string;
      }
    | undefined {
    if (path === '') return { file: '' };
    const field = STORY_FIELDS.find((f) => path === f);
    if (field) {
      const sheet = this.sheets.get('story');
      return {
        file: sheet?.file ?? 'story.csv',
        list: 'story',
        row: this.storyRows.get(field),
        field,
      };
    }
    const m =
      /^(sources|categories|entities|events|relations|terms|comparisons|chapters)(?:\[(\d+)\](.*))?$/.exec(
        path,
      );
    if (!m) return { file: '' };
    const list = m[1] as ListSheet;
    const sheet = this.sheets.get(list);
    if (m[2] === undefined) {
      if (list === 'categories' && !sheet) {
        const events = this.sheets.get('events');
        return {
          file: events?.file ?? 'events.csv',
          list: 'events',
          sheet: events,
          column: 'category',
        };
      }
      return { file: sheet?.file ?? `${list}.csv`, list, sheet };
    }
    const place = this.places[list][Number(m[2])];
    if (!place) return { file: sheet?.file ?? `${list}.csv`, list, sheet };
    const column = place.column ?? columnOf(m[3] ?? '', place.cites);
    return {
      file: place.sheet.file,
      list: place.sheet.name,
      sheet: place.sheet,
      row: place.row,
      column,
    };
  }
}

/**
 * The column a path inside an item comes from: ".date.start" → "date", ".sources[1].quote" →
 * "quote2"; a comparison's ".reports" are its citations too.
 */
function columnOf(rest: string, cites: number[]): string | undefined {
  const keys = [...rest.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[1] === undefined ? Number(m[2]) : m[1],
  );
  const [first, second, third] = keys;
  if (first === undefined) return undefined;
  if (first === 'date') {
    const date: Record<string, string> = {
      end: 'end',
      approximate: 'approximate',
      time: 'time',
      order: 'order',
      basis: 'basis',
      note: 'dateNote',
    };
    return date[String(second)] ?? 'date';
  }
  if (first === 'sources' || first === 'reports') {
    const n = typeof second === 'number' ? (cites[second] ?? second + 1) : (cites[0] ?? 1);
    return third === 'quote' ? `quote${n}` : third === 'note' ? `note${n}` : `source${n}`;
  }
  // A chapter's selection and window, each in two columns.
  if (first === 'select') return second === 'kind' ? 'selectKind' : 'selectId';
  if (first === 'window') return second === 'to' ? 'to' : 'from';
  if (first === 'claim') {
    const claim: Record<string, string> = {
      by: 'claimBy',
      disputedBy: 'claimDisputedBy',
      note: 'claimNote',
    };
    return claim[String(second)] ?? 'claimStatus';
  }
  return String(first);
}

/** An object with at least one field, else undefined: an empty pair of cells gives nothing. */
const given = (object: Raw): Raw | undefined => (Object.keys(object).length ? object : undefined);

/** "events[2].date.time" → "events[2].date". */
const dateOf = (path: string) => path.replace(/\.[^.]+$/, '');

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Raw)[m[1] ?? m[2]!];
  }
  return value;
}

function dedupe(problems: SheetProblem[]): SheetProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = describeSheetProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- Story to sheets

/**
 * The story as CSV files: story.csv, sources.csv, categories.csv, entities.csv, events.csv,
 * relations.csv, and terms.csv, comparisons.csv and chapters.csv when the story has those lists.
 */
export function storyToSheets(story: Story): { name: string; text: string }[] {
  const storyRows = STORY_FIELDS.filter((f) => story[f] !== undefined).map((f) => [
    f,
    String(story[f]),
  ]);
  const claimCells = (claim: Claim | undefined) => ({
    claimBy: claim?.by.join('; '),
    claimDisputedBy: claim?.disputedBy?.join('; '),
    claimStatus: claim?.status,
    claimNote: claim?.note,
  });
  const sheet = <T>(
    name: ListSheet,
    items: T[],
    cells: (item: T) => Record<string, string | undefined>,
    cites?: (item: T) => Citation[],
  ) => {
    const most = Math.max(1, ...items.map((item) => cites?.(item).length ?? 0));
    const header = [...COLUMNS[name], ...(CITED.includes(name) ? citationColumns(most) : [])];
    const rows = items.map((item) => {
      const record: Record<string, string | undefined> = cells(item);
      cites?.(item).forEach((c, i) => {
        record[`source${i + 1}`] = c.source;
        record[`quote${i + 1}`] = c.quote;
        record[`note${i + 1}`] = c.note;
      });
      return header.map((column) => record[column] ?? '');
    });
    return { name: `${name}.csv`, text: writeSheet(header, rows) };
  };
  return [
    { name: 'story.csv', text: writeSheet(['field', 'value'], storyRows) },
    sheet('sources', story.sources, (s) => ({ ...s })),
    sheet('categories', story.categories, (c) => ({ ...c })),
    sheet(
      'entities',
      story.entities,
      (e) => ({
        id: e.id,
        name: e.name,
        shortName: e.shortName,
        kind: e.kind,
        role: e.role,
        description: e.description,
      }),
      (e) => e.sources,
    ),
    sheet(
      'events',
      story.events,
      (e) => ({
        id: e.id,
        title: e.title,
        shortTitle: e.shortTitle,
        date: e.date.start,
        end: e.date.end,
        approximate: e.date.approximate === undefined ? undefined : String(e.date.approximate),
        time: e.date.time,
        order: e.date.order === undefined ? undefined : String(e.date.order),
        basis: e.date.basis,
        dateNote: e.date.note,
        summary: e.summary,
        category: e.category,
        entities: participantsCell(e.entities),
        note: e.note,
        ...claimCells(e.claim),
      }),
      (e) => e.sources,
    ),
    sheet(
      'relations',
      story.relations,
      (r) => ({
        id: r.id,
        from: r.from,
        label: r.label,
        to: r.to,
        kind: r.kind,
        start: r.start,
        end: r.end,
        events: r.events?.join('; '),
        note: r.note,
        ...claimCells(r.claim),
      }),
      (r) => r.sources,
    ),
    ...(story.terms === undefined
      ? []
      : [
          sheet(
            'terms',
            story.terms,
            (t) => ({
              id: t.id,
              term: t.term,
              forms: t.forms?.join('; '),
              definition: t.definition,
            }),
            (t) => t.sources,
          ),
        ]),
    ...(story.comparisons === undefined
      ? []
      : [
          sheet(
            'comparisons',
            story.comparisons,
            (c) => ({ id: c.id, topic: c.topic, verdict: c.verdict, summary: c.summary }),
            (c) => c.reports,
          ),
        ]),
    ...(story.chapters === undefined
      ? []
      : [
          sheet(
            'chapters',
            story.chapters,
            (c) => ({
              id: c.id,
              title: c.title,
              text: c.text,
              selectKind: c.select?.kind,
              selectId: c.select?.id,
              from: c.window?.from,
              to: c.window?.to,
              graphFocus: c.graphFocus?.join('; '),
            }),
            (c) => c.sources,
          ),
        ]),
  ];
}
