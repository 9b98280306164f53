import { describe, expect, it } from 'vitest';
import { nextToMount, type MountQuery } from './mount-order';

// A row of nodes 100 apart: a at 0, b at 100, … g at 600. The view covers 0 to 150.
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const positions = new Map(ids.map((id, i) => [id, { x: i * 100, y: 0 }]));
const query = (over: Partial<MountQuery> = {}): MountQuery => ({
  positions,
  pending: new Set(ids),
  urgent: () => false,
  view: { x1: 0, y1: -50, x2: 150, y2: 50 },
  margin: 0,
  extra: 0,
  ...over,
});

describe('which nodes of a big graph are drawn first', () => {
  it('gives the nodes in view', () => {
    expect(nextToMount(query()).sort()).toEqual(['a', 'b']);
  });

  it('counts a node just outside the view as in it, by the margin its name may reach over', () => {
    expect(nextToMount(query({ margin: 60 })).sort()).toEqual(['a', 'b', 'c']);
  });

  it('gives the urgent nodes (the selection’s neighbourhood) wherever they are', () => {
    expect(nextToMount(query({ urgent: (id) => id === 'e' })).sort()).toEqual(['a', 'b', 'e']);
  });

  it('gives only nodes not yet drawn', () => {
    const pending = new Set(['b', 'c', 'd']);
    expect(nextToMount(query({ pending }))).toEqual(['b']);
  });

  it('then gives the nearest to the view’s centre (75), up to the extra asked for', () => {
    expect(nextToMount(query({ extra: 2 }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives every node in the end, the extra at a time, each once', () => {
    const pending = new Set(ids);
    const seen: string[] = [];
    for (let round = 0; pending.size > 0 && round < 10; round++) {
      const next = nextToMount(
        query({ pending, view: { x1: 1e4, y1: 1e4, x2: 2e4, y2: 2e4 }, extra: 3 }),
      );
      expect(next.length).toBeLessThanOrEqual(3);
      next.forEach((id) => pending.delete(id));
      seen.push(...next);
    }
    expect(seen.sort()).toEqual(ids);
  });
});
