/**
 * A problem of the files a reader opened, with its place in the reader's terms, and that place
 * in words. Apart from the reading itself (read-files.ts), which the page loads only when files
 * are opened.
 */
import type { Messages } from '../i18n/messages';

/** A problem with its place in the reader's terms: a line of a JSON file, a cell of a sheet. */
export interface OpenProblem {
  /** The file as the reader named it; "" for the files as a whole. */
  file: string;
  /** In a JSON file: where the value starts (1-based), and its path in the story. */
  line?: number;
  column?: number;
  path?: string;
  /** In a sheet: the row as the spreadsheet numbers it (the header is row 1), the column's header. */
  row?: number;
  header?: string;
  /** In story.csv: the field the row holds. */
  field?: string;
  message: string;
  fix?: string;
  /** On the last line of a long list: the problems it stands for (problemCount). */
  more?: number;
}

/**
 * Where a problem is, in the reader's words: "events.csv, row 14, column date",
 * "story.csv, row 6 (language)", "story.json, line 12, column 5".
 */
export function placeOf(p: OpenProblem, m: Messages): string {
  const t = m.open;
  const parts = [p.file || t.theFiles];
  if (p.line !== undefined) parts.push(t.line(p.line, p.column ?? 1));
  if (p.row !== undefined) parts.push(t.row(p.row, p.field));
  else if (p.field !== undefined) parts.push(t.field(p.field));
  if (p.header !== undefined && p.field === undefined) parts.push(t.column(p.header));
  return parts.join(', ');
}
