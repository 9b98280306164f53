import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { estimateMeasured } from './estimate';

// "Ana": A 0.69 + n 0.64 + a 0.62 em = 27.3 px at 14 px; "Bo": 0.69 + 0.62 em = 18.34 px.
// A node's box runs 13 px (half its body and the outline) on its far side, and on the label's
// side 10 (half body) + 4 (gap) + the label + 2 (padding); 13 px up and down for one line.
const elements: ElementDefinition[] = [
  { group: 'nodes', data: { id: 'ana', label: 'Ana' } },
  { group: 'nodes', data: { id: 'bo', label: 'Bo' } },
  {
    group: 'edges',
    data: { id: 'r:knows', relationId: 'knows', source: 'ana', target: 'bo', label: 'knows' },
  },
];
const layout = { positions: { ana: { x: 100, y: 50 }, bo: { x: 0, y: 0 } }, leftLabels: ['bo'] };

describe('a big graph measured from its layout', () => {
  const measured = estimateMeasured(elements, layout);

  it('boxes each node with its name, on the side the layout put it', () => {
    const ana = measured.boxes.get('ana')!;
    expect([ana.x1, ana.y1, ana.x2, ana.y2].map((n) => +n.toFixed(2))).toEqual([87, 37, 143.3, 63]);
    const bo = measured.boxes.get('bo')!;
    expect([bo.x1, bo.y1, bo.x2, bo.y2].map((n) => +n.toFixed(2))).toEqual([-34.34, -13, 13, 13]);
  });

  it('puts a relation’s label halfway along its straight edge, under the relation’s id', () => {
    expect(measured.edgeSpots.get('knows')).toEqual({
      id: 'knows',
      label: 'knows',
      at: { x: 50, y: 25 },
    });
  });

  it('bounds every node and name, which is what a fit shows', () => {
    const b = measured.bounds!;
    expect([b.x1, b.y1, b.x2, b.y2].map((n) => +n.toFixed(2))).toEqual([-34.34, -13, 143.3, 63]);
  });

  it('has no bounds for a graph with no nodes', () => {
    expect(estimateMeasured([], { positions: {}, leftLabels: [] }).bounds).toBeNull();
  });
});
