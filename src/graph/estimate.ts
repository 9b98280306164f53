/**
 * A big graph's boxes and label spots from its layout, without Cytoscape. Reading them back
 * from Cytoscape makes it style every element first, one at a time (about 0.25 ms each on this
 * machine, so 1.5 s at 1,000 entities and 3,000 relations) before anything is drawn. The
 * layout kept these very boxes apart (geometry.ts), with label widths that are never narrower
 * than a browser draws them, so what the overlay covers is the drawn name or a little more.
 */
import type { ElementDefinition } from 'cytoscape';
import { moveBox, nodeBox, unionBox, type Box, type Geometry, GEOMETRY } from './geometry';
import type { LabelCandidate } from './edge-labels';
import type { Layout } from './layout';
import type { Measured } from './graph-view';

/**
 * What measure() would read for these elements in this layout. Edges are taken as straight,
 * as a big graph draws them (style.ts), so a relation's label sits halfway between its ends.
 */
export function estimateMeasured(
  elements: readonly ElementDefinition[],
  layout: Layout,
  g: Geometry = GEOMETRY,
): Measured {
  const left = new Set(layout.leftLabels);
  const boxes = new Map<string, Box>();
  const edgeSpots = new Map<string, LabelCandidate>();
  for (const { group, data } of elements) {
    if (group !== 'nodes') continue;
    const id = String(data.id);
    const at = layout.positions[id] ?? { x: 0, y: 0 };
    boxes.set(id, moveBox(nodeBox(String(data.label), g, left.has(id) ? 'left' : 'right'), at));
  }
  for (const { group, data } of elements) {
    if (group !== 'edges') continue;
    const a = layout.positions[String(data.source)] ?? { x: 0, y: 0 };
    const b = layout.positions[String(data.target)] ?? { x: 0, y: 0 };
    const id = String(data.relationId);
    edgeSpots.set(id, {
      id,
      label: String(data.label),
      at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    });
  }
  return { boxes, edgeSpots, bounds: unionBox(boxes.values()) };
}
