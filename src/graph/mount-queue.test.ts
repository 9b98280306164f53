import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { MountQueue } from './mount-queue';

// Nodes 200 apart in a row, a to f; relations a–b, b–c, c–d, d–e, e–f and a–f. A headless
// graph's view is the point (0, 0), on a; b's name may reach it. (Its animation loop ticks on timers of its own: the
// tests advance the clock by a second rather than run every timer.)
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const pairs = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['d', 'e'],
  ['e', 'f'],
  ['a', 'f'],
];
const defs: ElementDefinition[] = [
  ...ids.map((id) => ({ group: 'nodes' as const, data: { id, label: id } })),
  ...pairs.map(([s, t]) => ({
    group: 'edges' as const,
    data: { id: `r:${s}${t}`, relationId: `${s}${t}`, source: s!, target: t!, label: '' },
  })),
];
const layout = {
  positions: Object.fromEntries(ids.map((id, i) => [id, { x: i * 200, y: 0 }])),
  leftLabels: [],
};

function setUp(classes: Record<string, string> = {}) {
  vi.useFakeTimers();
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const added: string[][] = [];
  const queue = new MountQueue(
    cy,
    (id) => classes[id] ?? '',
    (eles) => added.push(eles.map((e) => e.id()).sort()),
  );
  const held = () =>
    cy
      .elements()
      .map((e) => e.id())
      .sort();
  return { cy, queue, added, held };
}

afterEach(() => void vi.useRealTimers());

describe('a big graph given to Cytoscape in parts', () => {
  it('first gives the nodes in view, and the relations between them', () => {
    const { queue, held } = setUp();
    queue.reset(defs, layout);
    expect(held()).toEqual([]);
    queue.show();
    expect(held()).toEqual(['a', 'b', 'r:ab']);
    expect(queue.pending).toBe(true);
  });

  it('gives the selection’s neighbourhood at once, wherever it is', () => {
    const { queue, held } = setUp({ d: 's-selected', c: 's-related', e: 'h-related' });
    queue.reset(defs, layout);
    queue.show();
    // f is neither in view nor picked out: it and its relations (a–f, e–f) come later.
    expect(held()).toEqual(['a', 'b', 'c', 'd', 'e', 'r:ab', 'r:bc', 'r:cd', 'r:de']);
  });

  it('gives the rest while the page is idle, each element once, placed and with its classes', () => {
    const { cy, queue, added, held } = setUp({ 'r:cd': 'inactive', e: 'quiet' });
    queue.reset(defs, layout);
    queue.show();
    vi.advanceTimersByTime(1000);
    expect(queue.pending).toBe(false);
    expect(added.flat().sort()).toEqual(held());
    expect(held()).toHaveLength(12);
    expect(cy.getElementById('e').position()).toEqual({ x: 800, y: 0 });
    expect(cy.getElementById('e').classes()).toEqual(['quiet']);
    expect(cy.getElementById('r:cd').classes()).toEqual(['inactive']);
  });

  it('keeps what it holds on a new story, updated and placed anew, and drops what is gone', () => {
    const { cy, queue, held } = setUp();
    queue.reset(defs, layout);
    queue.flush();
    const renamed = defs
      .filter((d) => d.data.id !== 'f' && d.data.id !== 'r:ef' && d.data.id !== 'r:af')
      .map((d) => (d.data.id === 'a' ? { ...d, data: { ...d.data, label: 'Ana' } } : d));
    const a = cy.getElementById('a');
    queue.reset(renamed, { ...layout, positions: { ...layout.positions, a: { x: 5, y: 5 } } });
    expect(queue.pending).toBe(false);
    expect(held()).toEqual(['a', 'b', 'c', 'd', 'e', 'r:ab', 'r:bc', 'r:cd', 'r:de']);
    expect(cy.getElementById('a')).toBe(a);
    expect([a.data('label'), a.position()]).toEqual(['Ana', { x: 5, y: 5 }]);
  });

  it('gives nothing before its first view is shown: the view before it is not the reader’s', () => {
    const { queue, held } = setUp({ c: 's-selected' });
    queue.reset(defs, layout);
    queue.mountInView();
    vi.advanceTimersByTime(1000);
    expect(held()).toEqual([]);
    queue.show();
    expect(held()).toEqual(['a', 'b', 'c', 'r:ab', 'r:bc']);
  });

  it('stops giving once disposed', () => {
    const { queue, held } = setUp();
    queue.reset(defs, layout);
    queue.show();
    queue.dispose();
    vi.advanceTimersByTime(1000);
    expect(held()).toEqual(['a', 'b', 'r:ab']);
  });
});
