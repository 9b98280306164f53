import { describe, expect, it } from 'vitest';
import { sharedKeyIntent } from './keys';

describe('the shared key map', () => {
  it.each([
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'select'],
    [' ', 'select'],
    ['Escape', 'clear'],
    ['+', 'zoom-in'],
    ['=', 'zoom-in'],
    ['-', 'zoom-out'],
    ['_', 'zoom-out'],
    ['0', 'reset'],
    ['x', null],
    ['ArrowLeft', null],
  ] as const)('%j means %s', (key, intent) => {
    expect(sharedKeyIntent({ key })).toBe(intent);
  });

  it('leaves browser shortcuts alone', () => {
    expect(sharedKeyIntent({ key: '+', ctrlKey: true })).toBeNull();
    expect(sharedKeyIntent({ key: '0', metaKey: true })).toBeNull();
    expect(sharedKeyIntent({ key: 'Home', altKey: true })).toBeNull();
  });
});
