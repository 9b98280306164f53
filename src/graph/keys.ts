/** What a key press on the graph means, apart from any DOM. */
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

export function keyIntent(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}): GraphKeyIntent | null {
  // Leave browser and system shortcuts alone.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const direction = ARROW_KEYS[e.key];
  if (direction) return { type: 'move', direction };
  switch (e.key) {
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'PageDown':
      return { type: 'next' };
    case 'PageUp':
      return { type: 'previous' };
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear' };
    case 'r':
    case 'R':
      return { type: 'relation', step: e.shiftKey || e.key === 'R' ? -1 : 1 };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}
