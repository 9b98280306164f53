/**
 * CSV text as spreadsheets read it, written without Papa Parse: the explainer writes sheets
 * (the events in view, a story as spreadsheets) in places that read none, such as the single
 * offline file, which has no room for a parser it would never run. Papa Parse stays where
 * sheets are read (sheets.ts); csv-story.test.ts reads these back with it.
 */

/** A cell is quoted when it holds a separator, a quote, a line break, or space at either end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function cell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text of a header and rows: comma-separated, CRLF line ends, quotes only where needed,
 * and a byte-order mark so that Excel reads accents as UTF-8.
 */
export function writeSheet(header: string[], rows: string[][]): string {
  const lines = [header, ...rows].map((cells) => cells.map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
