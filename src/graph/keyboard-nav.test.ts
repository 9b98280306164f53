import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestInDirection, readingOrder, type Direction } from './keyboard-nav';
import { keyIntent } from './keys';
import type { LayoutFile } from './layout';
import type { Point } from './geometry';

const file = JSON.parse(readFileSync(resolve('data/story.layout.json'), 'utf8')) as LayoutFile;
const positions = new Map(Object.entries(file.positions));
const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];

describe('arrow keys in the graph', () => {
  const grid = new Map<string, Point>([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 5 }],
    ['c', { x: 40, y: 90 }],
    ['d', { x: 300, y: -200 }],
  ]);

  it('go to the nearest node in that direction, preferring those in line', () => {
    expect(nearestInDirection('a', 'right', grid)).toBe('b');
    expect(nearestInDirection('a', 'down', grid)).toBe('c');
    expect(nearestInDirection('b', 'up', grid)).toBe('d');
    expect(nearestInDirection('a', 'left', grid)).toBeNull();
    expect(nearestInDirection('nowhere', 'left', grid)).toBeNull();
  });

  it('reach every node of the bundled story from the first, arrows alone', () => {
    const order = readingOrder(positions, 36);
    const seen = new Set([order[0]!]);
    const queue = [order[0]!];
    while (queue.length) {
      const id = queue.shift()!;
      for (const d of DIRECTIONS) {
        const next = nearestInDirection(id, d, positions);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...positions.keys()].sort());
  });

  it('read top to bottom, then left to right', () => {
    expect(readingOrder(grid, 36)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('keys on the graph', () => {
  it('mean what the help says', () => {
    expect(keyIntent({ key: 'ArrowLeft' })).toEqual({ type: 'move', direction: 'left' });
    expect(keyIntent({ key: 'Home' })).toEqual({ type: 'first' });
    expect(keyIntent({ key: 'End' })).toEqual({ type: 'last' });
    expect(keyIntent({ key: 'PageDown' })).toEqual({ type: 'next' });
    expect(keyIntent({ key: 'Enter' })).toEqual({ type: 'select' });
    expect(keyIntent({ key: ' ' })).toEqual({ type: 'select' });
    expect(keyIntent({ key: 'Escape' })).toEqual({ type: 'clear' });
    expect(keyIntent({ key: 'r' })).toEqual({ type: 'relation', step: 1 });
    expect(keyIntent({ key: 'R', shiftKey: true })).toEqual({ type: 'relation', step: -1 });
    expect(keyIntent({ key: '+' })).toMatchObject({ type: 'zoom' });
    expect(keyIntent({ key: '-' })).toMatchObject({ type: 'zoom' });
    expect(keyIntent({ key: '0' })).toEqual({ type: 'fit' });
  });

  it('leave browser shortcuts and other keys alone', () => {
    expect(keyIntent({ key: '+', ctrlKey: true })).toBeNull();
    expect(keyIntent({ key: 'r', metaKey: true })).toBeNull();
    expect(keyIntent({ key: 'Tab' })).toBeNull();
    expect(keyIntent({ key: 'x' })).toBeNull();
  });
});
