/**
 * CSV files in and out, as spreadsheets export them: UTF-8 with or without a byte-order mark,
 * comma or semicolon separators, quoted cells that hold separators and line breaks. Papa Parse
 * reads the cells; this module only finds the separator, numbers the rows as the spreadsheet
 * shows them and names what went wrong. Sheets are written by write-sheet.ts.
 */
import Papa from 'papaparse';

/** A file as the reader gives it: its name and its bytes (or text already decoded). */
export interface SheetFile {
  name: string;
  data: string | Uint8Array;
}

/** A problem with a file, before its cells mean anything. `row` as the spreadsheet numbers it. */
export interface FileProblem {
  row?: number;
  message: string;
  fix?: string;
}

export interface Row {
  /** The row's number in the spreadsheet: the header is row 1, the first item row 2. */
  row: number;
  cells: string[];
}

export interface ParsedSheet {
  delimiter: ',' | ';';
  /** The first row, as written. */
  header: string[];
  /** The rows after it, without the empty ones (their numbers keep counting). */
  rows: Row[];
}

const UTF8_FIX =
  'Save it again as "CSV UTF-8": in Excel, "CSV UTF-8 (Comma delimited)"; in LibreOffice, character set "Unicode (UTF-8)"; Google Sheets always writes UTF-8.';

/** The file's text, or why it cannot be read as UTF-8. A byte-order mark is dropped. */
export function decodeSheet(data: string | Uint8Array): { text: string } | FileProblem {
  if (typeof data === 'string') return { text: data.replace(/^\uFEFF/, '') };
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    return { message: 'the file is UTF-16 text ("Unicode text"), not UTF-8', fix: UTF8_FIX };
  }
  try {
    // The decoder drops a leading byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return { message: 'the file is not UTF-8 text', fix: UTF8_FIX };
  }
}

/**
 * The separator of the first row: whichever of comma and semicolon occurs more often outside
 * quotes. A header names known columns, so it is never ambiguous; one column reads as comma.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const PAPA_WORDS: Record<string, string> = {
  MissingQuotes: 'a quote mark (") opens a cell here and is never closed',
  InvalidQuotes: 'a quoted cell here has text after its closing quote mark',
  UndetectableDelimiter: 'the separator could not be found',
  TooFewFields: 'this row has fewer cells than the header',
  TooManyFields: 'this row has more cells than the header',
};

/** Reads the text of one sheet into its header and numbered rows, with every problem found. */
export function parseSheet(text: string): { sheet: ParsedSheet; problems: FileProblem[] } {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  for (const error of result.errors) {
    const row = error.row === undefined ? undefined : error.row + 1;
    const message = PAPA_WORDS[error.code] ?? error.message;
    const key = `${row}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      row,
      message,
      fix:
        error.type === 'Quotes'
          ? 'Put a quote mark inside a cell as two ("") and close every quoted cell; saving the sheet again from the spreadsheet writes them right.'
          : undefined,
    });
  }
  const [header = [], ...rest] = result.data;
  const rows = rest
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { sheet: { delimiter, header, rows }, problems };
}
