import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearestInDirection, readingOrder, type Direction } from './keyboard-nav';
import { keyIntent } from './keys';
import type { LayoutFile } from './layout';
import type { Point } from './geometry';
import { moveCursor } from '../ui/list-cursor';

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

  it('read top to bottom, then left to right', () => {
    expect(readingOrder(grid, 36)).toEqual(['d', 'a', 'b', 'c']);
  });
});

// The whole bundled story by keyboard, on the pure functions the graph runs (a browser test
// pressing keys for every node took too long): Home is where the reader starts.
describe('the bundled story’s layout by keyboard', () => {
  const order = readingOrder(positions);
  const home = moveCursor(order, null, 'first')!;

  it('starts at the top left on Home and ends at the bottom on End', () => {
    expect(home).toBe('washington-dc');
    expect(moveCursor(order, home, 'last')).toBe('jorge-arriaza');
  });

  it('reaches every node from Home with the arrow keys alone', () => {
    const seen = new Set([home]);
    const queue = [home];
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
    const unreachable = [...positions.keys()].filter((id) => !seen.has(id));
    expect(unreachable, 'not reachable from Home by arrows').toEqual([]);
    expect(seen.size).toBe(35);
  });

  it('visits every node once with Page Down from Home, top row first', () => {
    const visited = [home];
    for (;;) {
      const next = moveCursor(order, visited.at(-1)!, 'next')!;
      if (next === visited.at(-1)) break;
      visited.push(next);
    }
    expect(visited).toHaveLength(35);
    expect(new Set(visited).size).toBe(35);
    expect([...visited].sort()).toEqual([...positions.keys()].sort());
    expect(visited.slice(0, 4)).toEqual([
      'washington-dc',
      'san-salvador',
      'activists',
      'karoline-leavitt',
    ]);
    expect(visited.at(-1)).toBe('jorge-arriaza');
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
    expect(keyIntent({ key: '=' })).toEqual({ type: 'zoom', factor: 1.25 });
    expect(keyIntent({ key: '_' })).toEqual({ type: 'zoom', factor: 0.8 });
    expect(keyIntent({ key: 'PageUp' })).toEqual({ type: 'previous' });
  });

  it('leave browser shortcuts and other keys alone', () => {
    expect(keyIntent({ key: '+', ctrlKey: true })).toBeNull();
    expect(keyIntent({ key: 'r', metaKey: true })).toBeNull();
    expect(keyIntent({ key: 'Tab' })).toBeNull();
    expect(keyIntent({ key: 'x' })).toBeNull();
  });
});
