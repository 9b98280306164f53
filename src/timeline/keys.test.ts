import { describe, expect, it } from 'vitest';
import { timelineKeyAction } from './keys';

describe('the timeline’s keys', () => {
  it.each([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: 'ArrowDown' }, 'next'],
    [{ key: 'ArrowLeft' }, 'previous'],
    [{ key: 'ArrowUp' }, 'previous'],
    [{ key: 'ArrowRight', shiftKey: true }, 'pan-right'],
    [{ key: 'ArrowLeft', shiftKey: true }, 'pan-left'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: 'Enter' }, 'select'],
    [{ key: 'Escape' }, 'clear'],
    [{ key: '+' }, 'zoom-in'],
    [{ key: '-' }, 'zoom-out'],
    [{ key: '0' }, 'reset'],
    [{ key: 'ArrowRight', altKey: true }, null],
    [{ key: 'a' }, null],
  ])('%j means %s', (press, action) => {
    expect(timelineKeyAction(press)).toBe(action);
  });
});
