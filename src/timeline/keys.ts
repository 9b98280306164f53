/**
 * The timeline's keyboard map: the arrows are its own (walk the events, or pan with Shift);
 * every other binding is the views' shared one from src/ui/keys.ts.
 */
import { isShortcut, sharedKeyIntent, type KeyPress, type SharedKeyIntent } from '../ui/keys';

export type TimelineKeyAction = SharedKeyIntent | 'next' | 'previous' | 'pan-left' | 'pan-right';

const ARROWS: Readonly<Record<string, { plain: TimelineKeyAction; shift: TimelineKeyAction }>> = {
  ArrowRight: { plain: 'next', shift: 'pan-right' },
  ArrowDown: { plain: 'next', shift: 'pan-right' },
  ArrowLeft: { plain: 'previous', shift: 'pan-left' },
  ArrowUp: { plain: 'previous', shift: 'pan-left' },
};

/** What a key does on the timeline, or null when nothing (or when it is a browser shortcut). */
export function timelineKeyAction(e: KeyPress): TimelineKeyAction | null {
  if (isShortcut(e)) return null;
  const arrow = ARROWS[e.key];
  if (arrow) return e.shiftKey ? arrow.shift : arrow.plain;
  return sharedKeyIntent(e);
}
