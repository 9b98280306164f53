import { describe, expect, it } from 'vitest';
import type { GraphPicture, PictureEdge, PictureNode } from '../graph/picture';
import { curve, graphBody } from './graph-body';

const text = { fontSize: 14, color: '#111', fontFamily: 'sans-serif' };
const ana: PictureNode = {
  ...text,
  id: 'ana',
  opacity: 1,
  label: ['Ana'],
  x: 100,
  y: 50,
  width: 20,
  height: 20,
  points: [],
  fill: '#0072b2',
  border: { width: 3, color: '#111' },
  outline: { width: 4, color: '#111', dashed: false, offset: 2 },
  side: 'right',
  gap: 4,
};
const act: PictureNode = {
  ...ana,
  id: 'the-act',
  label: ['The', 'Act'],
  opacity: 0.28,
  x: 300,
  points: [0, -1, 1, 0, 0, 1, -1, 0],
  fill: '#cc79a7',
  outline: { width: 0, color: '#111', dashed: false, offset: 2 },
  side: 'left',
};
const invoked: PictureEdge = {
  ...text,
  id: 'ana-invoked-act',
  opacity: 1,
  label: ['invoked'],
  source: { x: 110, y: 50 },
  controls: [],
  target: { x: 290, y: 50 },
  width: 2,
  stroke: '#4a5260',
  dash: [6, 4],
  arrow: { color: '#4a5260', length: 10, halfWidth: 5 },
  mid: { x: 200, y: 50 },
};
const picture: GraphPicture = {
  width: 400,
  height: 100,
  edges: [invoked],
  nodes: [ana, act],
  png: () => '',
};

describe('the graph as SVG', () => {
  it('draws each entity as its shape, with its ring when selected, and its label beside it', () => {
    const { element, width, height } = graphBody(document, picture, '#fff');
    expect([width, height]).toEqual([400, 100]);
    const [first, second] = element.querySelectorAll('g[clip-path] > g:nth-last-child(-n+2)');
    expect(first!.querySelector('ellipse')?.getAttribute('rx')).toBe('10');
    // The ring: half the border, the offset and half its own width beyond the body.
    expect(first!.querySelectorAll('ellipse')[1]?.getAttribute('rx')).toBe('15.5');
    const anaLabel = first!.querySelector('text')!;
    expect([anaLabel.getAttribute('text-anchor'), anaLabel.textContent]).toEqual(['start', 'Ana']);
    expect(anaLabel.querySelector('tspan')?.getAttribute('x')).toBe('114');
    expect(second!.getAttribute('opacity')).toBe('0.28');
    expect(second!.querySelector('polygon')?.getAttribute('points')).toBe(
      '300,40 310,50 300,60 290,50',
    );
    const lines = [...second!.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines).toEqual(['The', 'Act']);
    expect(second!.querySelector('text')?.getAttribute('text-anchor')).toBe('end');
  });

  it('draws a relation as its dashed line to the arrow’s base, the arrow, and its label', () => {
    const { element } = graphBody(document, picture, '#fff');
    const edge = element.querySelector('g[clip-path] > rect + g')!;
    const path = edge.querySelector('path')!;
    expect(path.getAttribute('d')).toBe('M110 50L280 50');
    expect(path.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(edge.querySelector('polygon')?.getAttribute('points')).toBe('290,50 280,55 280,45');
    expect(edge.querySelector('text')?.textContent).toBe('invoked');
  });

  it('clips the drawing to the view', () => {
    const { element } = graphBody(document, picture, '#fff');
    expect(element.querySelector('clipPath rect')?.getAttribute('width')).toBe('400');
    expect(element.querySelector('[clip-path="url(#graph-view)"]')).not.toBeNull();
  });

  it('follows Cytoscape’s curves: a quadratic through each control point', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    expect(curve(a, [{ x: 50, y: 20 }], b)).toBe('M0 0Q50 20 100 0');
    expect(
      curve(
        a,
        [
          { x: 20, y: 20 },
          { x: 80, y: 20 },
        ],
        b,
      ),
    ).toBe('M0 0Q20 20 50 20Q80 20 100 0');
  });
});
