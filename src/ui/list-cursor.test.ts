import { describe, expect, it } from 'vitest';
import { moveCursor } from './list-cursor';

const order = ['a', 'b', 'c'];

describe('the list cursor', () => {
  it.each([
    [null, 'next', 'a'],
    [null, 'previous', 'a'],
    [null, 'first', 'a'],
    [null, 'last', 'c'],
    ['a', 'next', 'b'],
    ['b', 'next', 'c'],
    ['c', 'next', 'c'],
    ['c', 'previous', 'b'],
    ['a', 'previous', 'a'],
    ['b', 'first', 'a'],
    ['b', 'last', 'c'],
    ['gone', 'next', 'a'],
  ] as const)('from %s, %s goes to %s', (from, move, to) => {
    expect(moveCursor(order, from, move)).toBe(to);
  });

  it('has nowhere to go in an empty list', () => {
    expect(moveCursor([], null, 'next')).toBeUndefined();
  });
});
