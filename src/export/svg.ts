/**
 * SVG elements made with the DOM, never from markup: a picture's words are the story's data,
 * so they go in as text nodes. Attributes are presentation attributes, never `style`, which a
 * strict content security policy refuses.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | null | undefined>;

/** Numbers to two decimals: a picture needs no more, and its file stays small. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** An SVG element with its attributes (null and undefined left out) and its children. */
export function svgEl(
  doc: Document,
  tag: string,
  attrs: Attrs = {},
  children: readonly (Node | string)[] = [],
): SVGElement {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined)
      el.setAttribute(name, typeof value === 'number' ? num(value) : value);
  }
  for (const child of children) el.append(child);
  return el;
}

/** The SVG file's text: standalone, with its XML declaration. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
