/**
 * What a key press on the graph means, apart from any DOM: the bindings every view shares
 * (src/ui/keys.ts) plus the graph's own, the arrows in space, Page Up and Page Down in reading
 * order, and R through an entity's relations.
 */
import { sharedKeyIntent, isShortcut, type KeyPress, type SharedKeyIntent } from '../ui/keys';
import { ARROW_KEYS, type Direction } from './keyboard-nav';

export type GraphKeyIntent =
  | { type: 'move'; direction: Direction }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'select' }
  | { type: 'clear' }
  | { type: 'relation'; step: 1 | -1 }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' };

export const ZOOM_STEP = 1.25;

const SHARED: Readonly<Record<SharedKeyIntent, GraphKeyIntent>> = {
  first: { type: 'first' },
  last: { type: 'last' },
  select: { type: 'select' },
  clear: { type: 'clear' },
  'zoom-in': { type: 'zoom', factor: ZOOM_STEP },
  'zoom-out': { type: 'zoom', factor: 1 / ZOOM_STEP },
  reset: { type: 'fit' },
};

/** The graph's own keys, beyond the shared ones. */
function ownIntent(e: KeyPress): GraphKeyIntent | null {
  const direction = ARROW_KEYS[e.key];
  if (direction) return { type: 'move', direction };
  if (e.key === 'PageDown') return { type: 'next' };
  if (e.key === 'PageUp') return { type: 'previous' };
  if (e.key === 'r' || e.key === 'R')
    return { type: 'relation', step: e.shiftKey || e.key === 'R' ? -1 : 1 };
  return null;
}

export function keyIntent(e: KeyPress): GraphKeyIntent | null {
  if (isShortcut(e)) return null;
  const shared = sharedKeyIntent(e);
  return shared ? SHARED[shared] : ownIntent(e);
}
