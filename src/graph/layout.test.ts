import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  layoutHash,
  layoutFingerprint,
  layoutInput,
  LAYOUT_OPTIONS,
  presetLayout,
  type LayoutFile,
} from './layout';
import { GEOMETRY, moveBox, nodeBox, overlappingPairs, unionBox } from './geometry';
import { bundledStory } from './test-helpers';
import { validateTranslation } from '../model/translation';
import { bigStory } from '../../tests/fixtures/big-story';

const { story } = bundledStory();
const file = JSON.parse(readFileSync(resolve('data/story.layout.json'), 'utf8')) as LayoutFile;

function boxesOf(layout: Pick<LayoutFile, 'positions' | 'leftLabels'>, s = story) {
  const left = new Set(layout.leftLabels);
  return layoutInput(s).nodes.map((n) =>
    moveBox(nodeBox(n.label, GEOMETRY, left.has(n.id) ? 'left' : 'right'), layout.positions[n.id]!),
  );
}

describe('the committed layout, data/story.layout.json', () => {
  it('is for this story and this version of the layout (else run npm run layout)', () => {
    expect(file.storyId).toBe(story.id);
    expect(file.hash, 'stale: run npm run layout').toBe(layoutHash(layoutInput(story)));
  });

  it('places every entity, and nothing else', () => {
    expect(Object.keys(file.positions).sort()).toEqual(story.entities.map((e) => e.id).sort());
    expect(presetLayout(story, file)).not.toBeNull();
  });

  it('keeps every node and its name clear of every other', () => {
    expect(overlappingPairs(boxesOf(file), GEOMETRY.boxGap - 1)).toEqual([]);
  });

  it('fits the graph’s frame at 1024 × 768 with names of 14 px or more', () => {
    const b = unionBox(boxesOf(file))!;
    const { width, height } = LAYOUT_OPTIONS.frame;
    const zoom = Math.min(width / (b.x2 - b.x1), height / (b.y2 - b.y1));
    expect(zoom * GEOMETRY.fontSize).toBeGreaterThanOrEqual(14);
  });

  it('sets the entities with no relation apart, in a column beside the graph', () => {
    const linked = new Set(story.relations.flatMap((r) => [r.from, r.to]));
    const input = layoutInput(story);
    const boxes = boxesOf(file);
    const alone = input.nodes.flatMap((n, i) => (linked.has(n.id) ? [] : [boxes[i]!]));
    const rest = unionBox(input.nodes.flatMap((n, i) => (linked.has(n.id) ? [boxes[i]!] : [])))!;
    expect(alone.length).toBeGreaterThan(0);
    for (const b of alone) expect(b.x1).toBeGreaterThan(rest.x2);
    expect(new Set(alone.map((b) => b.x1)).size).toBe(1);
  });

  it('is not used for another story, or one with an entity it does not place', () => {
    expect(presetLayout({ ...story, id: 'another-story' }, file)).toBeNull();
    const extra = { ...story.entities[0]!, id: 'someone-new' };
    expect(presetLayout({ ...story, entities: [...story.entities, extra] }, file)).toBeNull();
    expect(presetLayout(story, { storyId: story.id })).toBeNull();
  });

  it('is not used when it places an entity nowhere a graph can draw (a file beside a link)', () => {
    const first = story.entities[0]!.id;
    const at = (p: unknown) => ({ ...file, positions: { ...file.positions, [first]: p } });
    for (const bad of [
      null,
      'here',
      { x: 1 },
      { x: '1', y: 2 },
      { x: NaN, y: 0 },
      { x: Infinity, y: 0 },
    ])
      expect(presetLayout(story, at(bad)), JSON.stringify(bad)).toBeNull();
    expect(presetLayout(story, { ...file, leftLabels: [1] })).toBeNull();
    expect(presetLayout(story, at({ x: -3.5, y: 1e6 }))).not.toBeNull();
  });
});

describe('the Spanish layout, data/story.es.layout.json', () => {
  const translation = validateTranslation(
    story,
    JSON.parse(readFileSync(resolve('data/story.es.json'), 'utf8')),
  );
  if (!translation.ok) throw new Error('data/story.es.json is invalid: run npm run validate');
  const spanish = translation.story;
  const es = JSON.parse(readFileSync(resolve('data/story.es.layout.json'), 'utf8')) as LayoutFile;

  it('is for the Spanish names (else run npm run layout data/story.es.json)', () => {
    expect(es.hash, 'stale: run npm run layout data/story.es.json').toBe(
      layoutHash(layoutInput(spanish)),
    );
  });

  it('is the one each language gets: its own for Spanish, the story’s for English', () => {
    expect(presetLayout(spanish, file, es)?.positions).toBe(es.positions);
    expect(presetLayout(story, file, es)?.positions).toBe(file.positions);
  });

  it('keeps every Spanish name clear of every other, at 14 px or more on a 1024 × 768 frame', () => {
    const boxes = boxesOf(es, spanish);
    expect(overlappingPairs(boxes, GEOMETRY.boxGap - 1)).toEqual([]);
    const b = unionBox(boxes)!;
    const { width, height } = LAYOUT_OPTIONS.frame;
    const zoom = Math.min(width / (b.x2 - b.x1), height / (b.y2 - b.y1));
    expect(zoom * GEOMETRY.fontSize).toBeGreaterThanOrEqual(14);
  });

  it('is the English picture: every label on the same side, every row the same row', () => {
    expect(es.leftLabels).toEqual(file.leftLabels);
    const rows = (f: LayoutFile) => story.entities.map((e) => f.positions[e.id]!.y);
    const shift = rows(es)[0]! - rows(file)[0]!;
    expect(rows(es)).toEqual(rows(file).map((y) => y + shift));
  });
});

describe('the fallback layout, for a story without one', () => {
  it('is the same on every run, and readable', async () => {
    const copy = structuredClone(story);
    copy.id = 'copy';
    copy.entities.push({ ...copy.entities[0]!, id: 'alone', name: 'Someone with no relation' });
    const input = layoutInput(copy);
    const [a, b] = [await computeLayout(input), await computeLayout(input)];
    expect(a.positions).toEqual(b.positions);
    expect(Object.keys(a.positions)).toHaveLength(copy.entities.length);
    expect(overlappingPairs(boxesOf(a, copy), GEOMETRY.boxGap - 1)).toEqual([]);
  });

  it('is the same on every run past 300 entities, where the quick draft is used', async () => {
    // A reader's big story is laid out in the browser's layout worker by this same function:
    // the same file must give the same picture on every load.
    const input = layoutInput(bigStory({ entities: 305, relations: 400, events: 40 }));
    const [a, b] = [await computeLayout(input), await computeLayout(input)];
    expect(Object.keys(a.positions)).toHaveLength(305);
    expect(a.positions).toEqual(b.positions);
    expect(a.leftLabels).toEqual(b.leftLabels);
  });

  it('has a fingerprint that changes when a node moves or a label changes side', () => {
    const layout = { positions: { b: { x: 10, y: 0 }, a: { x: 0, y: 5 } }, leftLabels: ['a'] };
    const print = layoutFingerprint(layout);
    expect(print).toMatch(/^[0-9a-f]{8}$/);
    // The same picture whatever order the file lists it in.
    const reordered = { positions: { a: { x: 0, y: 5 }, b: { x: 10, y: 0 } }, leftLabels: ['a'] };
    expect(layoutFingerprint(reordered)).toBe(print);
    const moved = { ...layout, positions: { ...layout.positions, a: { x: 1, y: 5 } } };
    expect(layoutFingerprint(moved)).not.toBe(print);
    expect(layoutFingerprint({ ...layout, leftLabels: [] })).not.toBe(print);
  });

  it('copes with a story of one entity, or none', async () => {
    const one = await computeLayout({ nodes: [{ id: 'a', label: 'A' }], edges: [] });
    expect(one.positions.a).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    const none = await computeLayout({ nodes: [], edges: [] });
    expect(none.positions).toEqual({});
  });
});

describe('entities named as built-in properties of an object', () => {
  it('are laid out like any other: constructor, prototype, to-string, has-own-property', async () => {
    const ids = ['constructor', 'prototype', 'to-string', 'has-own-property', '--proto--'];
    const input = {
      nodes: ids.map((id) => ({ id, label: id })),
      edges: [
        { source: 'constructor', target: 'prototype' },
        { source: 'prototype', target: 'to-string' },
        { source: 'constructor', target: 'has-own-property' },
      ],
    };
    const layout = await computeLayout(input);
    expect(Object.keys(layout.positions).sort()).toEqual([...ids].sort());
    for (const id of ids)
      expect(layout.positions[id]).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    // The two far ends of an edge are not placed on top of each other.
    expect(layout.positions['constructor']).not.toEqual(layout.positions['prototype']);
  });
});
