/**
 * Label sizes estimated without a browser, so the layout can be computed ahead of time (and
 * in headless Cytoscape, which measures no text). Widths are the widest of DejaVu Sans, Arial
 * and Liberation Sans for each ASCII character, so real labels come out no wider than this.
 * Line breaks are chosen here and written into the label, so every screen wraps the same way.
 */

// Advance widths in hundredths of an em for the characters 32 (space) to 126 (~).
const ASCII_WIDTHS = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 56, 102, 69, 69, 73, 78, 67, 62, 78, 76, 30, 50, 67, 56, 87, 75, 79,
  67, 79, 73, 67, 62, 74, 69, 99, 69, 67, 69, 40, 34, 40, 84, 56, 50, 62, 64, 55, 64, 62, 36, 64,
  64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
];
/** For letters outside ASCII (accents, quotes, other scripts): wide, to stay on the safe side. */
const OTHER_WIDTH = 80;

export function textWidth(text: string, fontSize: number): number {
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hundredths += ASCII_WIDTHS[code - 32] ?? OTHER_WIDTH;
  }
  return (hundredths / 100) * fontSize;
}

/** Greedy word wrap to lines no wider than `maxWidth`; a single long word keeps its own line. */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
