/**
 * A text cut into plain and marked runs, for drawing the words a search found as <mark>
 * elements: the text stays text (never markup), so a name or a quote cannot inject anything.
 */
export interface Run {
  text: string;
  marked: boolean;
}

/** `ranges`: sorted, not overlapping, within the text (as wordsIn gives them). */
export function runs(text: string, ranges: readonly { start: number; end: number }[]): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    if (end > start) out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
