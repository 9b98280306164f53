/**
 * The key bindings every view shares, in one table: Home and End, Enter and Space, Escape,
 * plus and minus, 0. A view adds its own arrows (src/timeline/keys.ts, src/graph/keys.ts) and
 * falls back to these, so a new shared binding is a one-line change here.
 */
export type SharedKeyIntent =
  'first' | 'last' | 'select' | 'clear' | 'zoom-in' | 'zoom-out' | 'reset';

const SHARED_KEYS: Readonly<Record<string, SharedKeyIntent>> = {
  Home: 'first',
  End: 'last',
  Enter: 'select',
  ' ': 'select',
  Escape: 'clear',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'reset',
};

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Browser and system shortcuts (Ctrl, Cmd, Alt) are never the views' to take. */
export function isShortcut(e: KeyPress): boolean {
  return Boolean(e.ctrlKey || e.metaKey || e.altKey);
}

/** The shared meaning of a key, or null when it has none (or is a shortcut). */
export function sharedKeyIntent(e: KeyPress): SharedKeyIntent | null {
  if (isShortcut(e)) return null;
  return SHARED_KEYS[e.key] ?? null;
}
