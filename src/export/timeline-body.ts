/**
 * The timeline as a picture's SVG, serialised from what is on the page: its own SVG copied with
 * each element's computed look written as presentation attributes (so the file needs no
 * stylesheet), its HTML lanes and lane names as rectangles and lines of text where the page
 * draws them, and a large story's canvas marks redrawn as SVG by the same drawing code.
 */
import { drawMarks, readMarkColors } from '../timeline/draw-marks';
import type { TimelinePicture } from '../timeline/picture';
import { PAD } from '../timeline/timeline-state.svelte';
import { CanvasRecorder } from './canvas-recorder';
import { svgEl, SVG_NS } from './svg';

/** What SVG attributes keep of an element: its geometry and its references. */
const GEOMETRY = [
  'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd',
  'points', 'transform', 'dx', 'dy', 'id', 'clip-path', 'patternUnits', 'patternTransform',
  'viewBox', 'offset',
]; // prettier-ignore
/** Properties passed on to children: written only where they change. */
const INHERITED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity',
  'stroke-linecap', 'font-family', 'font-size', 'font-weight', 'text-anchor',
  'dominant-baseline', 'paint-order',
]; // prettier-ignore
/** Properties of the element alone: written where they are not the default. */
const OWN: Record<string, string> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
};

type Box = { x: number; y: number };

/** The timeline's frame as an SVG group at its size in px. */
export function timelineBody(
  doc: Document,
  { frame, state }: TimelinePicture,
): { element: SVGElement; width: number; height: number } {
  const origin = frame.getBoundingClientRect();
  const at = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top };
  };
  const backs: SVGElement[] = [];
  const drawings: SVGElement[] = [];
  const words: SVGElement[] = [];
  const walk = (el: Element) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const r = el.getBoundingClientRect();
    // The visually hidden help, and the empty options a canvas leaves for screen readers.
    if (r.width <= 1 || r.height <= 1) return;
    if (el instanceof SVGSVGElement) {
      const { x, y } = at(el);
      drawings.push(svgEl(doc, 'g', { transform: `translate(${x} ${y})` }, [copySvg(doc, el)]));
      return;
    }
    if (el instanceof HTMLCanvasElement) {
      if (state.useCanvas) drawings.push(canvasMarks(doc, el, at(el), state));
      return;
    }
    if (!/^(rgba\(.*, 0\)|transparent)$/.test(style.backgroundColor)) {
      const { x, y } = at(el);
      const box = { x, y, width: r.width, height: r.height, fill: style.backgroundColor };
      backs.push(svgEl(doc, 'rect', box));
    }
    for (const child of el.childNodes) {
      if (child instanceof Text) words.push(...textLines(doc, child, style, origin));
      else if (child instanceof Element) walk(child);
    }
  };
  for (const child of frame.children) walk(child);
  const element = svgEl(doc, 'g', {}, [...backs, ...drawings, ...words]);
  return { element, width: origin.width, height: origin.height };
}

/** An SVG subtree with its computed look as attributes, and nothing of its behaviour. */
function copySvg(doc: Document, source: Element, parent?: CSSStyleDeclaration): SVGElement {
  const style = getComputedStyle(source);
  // The outer <svg> becomes a group: a nested <svg> would clip what overflows it on the page.
  const out = doc.createElementNS(SVG_NS, parent ? source.localName : 'g');
  for (const name of GEOMETRY) {
    if (!parent && (name === 'width' || name === 'height')) continue;
    const value = source.getAttribute(name);
    if (value !== null) out.setAttribute(name, value);
  }
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value && value !== parent?.getPropertyValue(name)) out.setAttribute(name, value);
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) out.setAttribute(name, value);
  }
  for (const child of source.childNodes) {
    if (child instanceof Text) out.append(doc.createTextNode(child.data));
    else if (child instanceof Element) {
      const childStyle = getComputedStyle(child);
      if (childStyle.display !== 'none') out.append(copySvg(doc, child, style));
    }
  }
  return out;
}

/** The text of an HTML element, a <text> per line where the page broke it, in the same font. */
function textLines(doc: Document, node: Text, style: CSSStyleDeclaration, origin: DOMRect) {
  const range = doc.createRange();
  const lines: { text: string; x: number; y: number }[] = [];
  for (const word of node.data.matchAll(/\S+/g)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const r = range.getBoundingClientRect();
    const y = r.top + r.height / 2 - origin.top;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - y) < 1) last.text += ` ${word[0]}`;
    else lines.push({ text: word[0], x: r.left - origin.left, y });
  }
  // A halo where the page gives the text a shadow (in the background's colour).
  const shadow = /rgba?\([^)]*\)/.exec(style.textShadow)?.[0];
  const halo = shadow ? { stroke: shadow, 'stroke-width': 3, 'paint-order': 'stroke' } : {};
  return lines.map(({ text, x, y }) =>
    svgEl(
      doc,
      'text',
      {
        x,
        y,
        'dominant-baseline': 'central',
        fill: style.color,
        'font-size': style.fontSize,
        'font-weight': style.fontWeight,
        ...halo,
      },
      [text],
    ),
  );
}

/** A large story's marks, drawn on a canvas on the page, drawn again as SVG. */
function canvasMarks(
  doc: Document,
  canvas: HTMLCanvasElement,
  at: Box,
  tl: TimelinePicture['state'],
) {
  const recorder = new CanvasRecorder();
  drawMarks(recorder as unknown as CanvasRenderingContext2D, {
    marks: tl.marks,
    z: tl.z,
    offsetX: PAD,
    width: tl.plotWidth + 2 * PAD,
    height: tl.lanesHeight,
    yOf: (m) => tl.markY(m),
    stateOf: (id) => tl.stateOf(id),
    hoverOf: (id) => tl.hoverOf(id),
    colors: readMarkColors(canvas),
  });
  const shapes = recorder.shapes.map((s) => svgEl(doc, s.tag, s.attrs));
  return svgEl(doc, 'g', { transform: `translate(${at.x} ${at.y})` }, shapes);
}
