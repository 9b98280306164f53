/**
 * The frame round every picture of a view, so that a picture carries its own credit wherever it
 * goes (a slide, a worksheet, a print page): the story's title and what the view shows above
 * it, the sources and the date below, each wrapped to the picture's width.
 */
import { svgEl, SVG_NS } from './svg';

export interface PictureWords {
  title: string;
  /** What the view shows: the selection and the period (sentences.pictureCaption). */
  caption: string;
  /** The sources and the date (sentences.pictureCredit). */
  credit: string;
}

/** The page's type and colours, read from its tokens. */
export interface PictureLook {
  font: string;
  text: string;
  muted: string;
  background: string;
}

/** A text's width in px in a CSS font ("700 18px system-ui"). */
export type Measure = (text: string, font: string) => number;

const PAD = 16;
const GAP = 8;
/** A phone's view is narrow: the words still get a readable column. */
const MIN_WIDTH = 320;
const TYPE = {
  title: { size: 18, weight: 700, line: 24 },
  caption: { size: 14, weight: 400, line: 20 },
  credit: { size: 12, weight: 400, line: 16 },
} as const;

/** Greedy word wrap; a word wider than the line (an address) is broken where it must be. */
export function wrapText(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The picture: the body (a view's drawing, `width` × `height` px) in its frame of words, and
 * where the body is in it.
 */
export function framePicture(
  doc: Document,
  body: { element: SVGElement; width: number; height: number },
  words: PictureWords,
  look: PictureLook,
  measure: Measure,
): { svg: SVGSVGElement; body: { x: number; y: number } } {
  const width = Math.max(MIN_WIDTH, Math.ceil(body.width) + 2 * PAD);
  const parts: SVGElement[] = [];
  let y = PAD;
  const write = (text: string, type: keyof typeof TYPE, fill: string) => {
    const t = TYPE[type];
    const font = `${t.weight} ${t.size}px ${look.font}`;
    for (const line of wrapText(text, width - 2 * PAD, (s) => measure(s, font))) {
      const attrs = { x: PAD, y: y + t.line / 2, 'dominant-baseline': 'central', fill };
      const weight = t.weight === 400 ? undefined : t.weight;
      parts.push(
        svgEl(doc, 'text', { ...attrs, 'font-size': t.size, 'font-weight': weight }, [line]),
      );
      y += t.line;
    }
  };
  write(words.title, 'title', look.text);
  write(words.caption, 'caption', look.muted);
  y += GAP;
  const at = { x: PAD, y };
  parts.push(svgEl(doc, 'g', { transform: `translate(${PAD} ${y})` }, [body.element]));
  y += Math.ceil(body.height) + GAP;
  write(words.credit, 'credit', look.muted);
  const height = y + PAD;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  const attrs = { width, height, viewBox: `0 0 ${width} ${height}` };
  for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, String(v));
  svg.setAttribute('font-family', look.font);
  svg.append(
    svgEl(doc, 'title', {}, [words.title]),
    svgEl(doc, 'rect', { width, height, fill: look.background }),
    ...parts,
  );
  return { svg, body: at };
}
