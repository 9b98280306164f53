/**
 * The files a reader opens, as one story or as every problem they have. One file ending in
 * .json is a story file (json-positions.ts gives each problem its line and column); files
 * ending in .csv are the sheets of one (csv-story.ts gives each its sheet, row and column).
 * Nothing here touches the page: the state class reads the bytes and shows the outcome.
 */
import type { Messages } from '../i18n/messages';
import type { StoryIndex } from '../model/indexes';
import type { Story } from '../model/schema';
import { sheetsToStory, type SheetProblem } from './csv-story';
import { validateJsonText, type JsonProblem } from './json-positions';
import type { OpenProblem } from './open-problem';
import type { SheetFile } from './sheets';

export type OpenResult =
  | { ok: true; story: Story; index: StoryIndex; warnings: OpenProblem[] }
  | { ok: false; errors: OpenProblem[]; warnings: OpenProblem[] };

const extension = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();

/** Reads the files a reader gave as one story; never throws. */
export function readStoryFiles(files: readonly SheetFile[], m: Messages): OpenResult {
  const t = m.open;
  const json = files.filter((f) => extension(f.name) === 'json');
  const csv = files.filter((f) => extension(f.name) === 'csv');
  const other = files.filter((f) => !json.includes(f) && !csv.includes(f));
  const refuse = (errors: OpenProblem[]): OpenResult => ({ ok: false, errors, warnings: [] });
  if (files.length === 0) return refuse([{ file: '', message: t.noFiles, fix: t.kindFix }]);
  if (other.length) {
    return refuse(other.map((f) => ({ file: f.name, message: t.notStory, fix: t.kindFix })));
  }
  if (json.length && csv.length) return refuse([{ file: '', message: t.mixed, fix: t.mixedFix }]);
  if (json.length > 1) {
    return refuse([{ file: '', message: t.severalJson(json.length), fix: t.severalJsonFix }]);
  }
  if (json.length === 1) return readJson(json[0]!, m);
  const result = sheetsToStory([...csv]);
  const warnings = result.warnings.map(fromSheet);
  return result.ok
    ? { ok: true, story: result.story, index: result.index, warnings }
    : { ok: false, errors: result.errors.map(fromSheet), warnings };
}

/**
 * A UTF-16 file: its byte-order mark, or, once decoded as UTF-8 (a linked file, fetched as
 * text), the two replacement characters that mark became, then the zero bytes of its ASCII.
 */
function isUtf16(data: string | Uint8Array): boolean {
  if (typeof data !== 'string') {
    const [a, b] = data;
    return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  }
  return data.startsWith('\uFFFD\uFFFD') && data.slice(0, 64).includes('\u0000');
}

function readJson(file: SheetFile, m: Messages): OpenResult {
  if (isUtf16(file.data)) {
    const problem = { file: file.name, message: m.open.utf16, fix: m.open.utf16Fix };
    return { ok: false, errors: [problem], warnings: [] };
  }
  let text: string;
  try {
    text =
      typeof file.data === 'string'
        ? file.data
        : new TextDecoder('utf-8', { fatal: true }).decode(file.data);
  } catch {
    const problem = { file: file.name, message: m.open.notUtf8, fix: m.open.notUtf8Fix };
    return { ok: false, errors: [problem], warnings: [] };
  }
  const result = validateJsonText(text);
  const placed = (p: JsonProblem): OpenProblem => fromJson(file.name, p);
  return result.ok
    ? { ok: true, story: result.story, index: result.index, warnings: result.warnings.map(placed) }
    : { ok: false, errors: result.errors.map(placed), warnings: [] };
}

function fromJson(file: string, p: JsonProblem): OpenProblem {
  return compact({
    file,
    line: p.line,
    column: p.column,
    path: p.path || undefined,
    message: p.message,
    fix: p.fix,
    more: p.more,
  });
}

function fromSheet(p: SheetProblem): OpenProblem {
  return compact({
    file: p.file,
    row: p.row,
    header: p.column,
    field: p.field,
    message: p.message,
    fix: p.fix,
    more: p.more,
  });
}

function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
