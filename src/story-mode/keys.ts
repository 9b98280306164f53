/**
 * The story's keys, apart from any DOM: what a key press means for the stepper, given where
 * the focus is. Presentation clickers send Page Down and Page Up, so those step from almost
 * anywhere; the arrows, Home and End step only where no view or control uses them; Space only
 * on the page itself (on a button it presses the button). A text field keeps every key.
 */
import { isShortcut, type KeyPress } from '../ui/keys';

export type StoryKeyIntent = 'next' | 'previous' | 'first' | 'last' | 'blackout';

/**
 * Where the focus is: the page itself (nothing focused, or plain text), a button or link, a
 * view or widget with keys of its own (a listbox, tabs, the details), or a text field.
 */
export type KeyPlace = 'page' | 'button' | 'widget' | 'text';

const EVERYWHERE_BUT_TEXT: readonly KeyPlace[] = ['page', 'button', 'widget'];
const FREE: readonly KeyPlace[] = ['page', 'button'];
const PAGE: readonly KeyPlace[] = ['page'];

const KEYS: Readonly<Record<string, { intent: StoryKeyIntent; places: readonly KeyPlace[] }>> = {
  PageDown: { intent: 'next', places: EVERYWHERE_BUT_TEXT },
  PageUp: { intent: 'previous', places: EVERYWHERE_BUT_TEXT },
  ArrowRight: { intent: 'next', places: FREE },
  ArrowLeft: { intent: 'previous', places: FREE },
  Home: { intent: 'first', places: FREE },
  End: { intent: 'last', places: FREE },
  ' ': { intent: 'next', places: PAGE },
  // As PowerPoint does: B (or the full stop) blacks the screen out, and again brings it back.
  b: { intent: 'blackout', places: FREE },
  B: { intent: 'blackout', places: FREE },
  '.': { intent: 'blackout', places: FREE },
};

/** What a key does for the story where the focus is, or null when it is not the story's. */
export function storyKeyIntent(e: KeyPress, place: KeyPlace): StoryKeyIntent | null {
  if (isShortcut(e)) return null;
  const binding = KEYS[e.key];
  if (!binding || !binding.places.includes(place)) return null;
  // Shift+Space goes back, as in a browser's page and a slide show.
  if (e.key === ' ' && e.shiftKey) return 'previous';
  return binding.intent;
}

/** Widgets whose keys are their own: the views, listboxes, tabs, radio groups, dialogs. */
const WIDGET = [
  '[data-view]',
  'dialog',
  ...['listbox', 'tablist', 'tab', 'grid', 'tree', 'menu', 'radiogroup', 'slider'].map(
    (role) => `[role="${role}"]`,
  ),
  'input[type="radio"]',
  'input[type="range"]',
].join(', ');
const BUTTON = 'button, a[href], summary, [role="button"], input';
const TEXT = 'textarea, select, [contenteditable]:not([contenteditable="false"])';
/** Inputs that take no typing: pressed or ticked (a button), or chosen with arrows (a widget). */
const UNTYPED = [
  'checkbox',
  'button',
  'submit',
  'reset',
  'color',
  'file',
  'image',
  'radio',
  'range',
];

/** Where a key press's target is, for storyKeyIntent. */
export function placeOf(target: EventTarget | null): KeyPlace {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return 'page';
  const typed = target instanceof HTMLInputElement && !UNTYPED.includes(target.type);
  if (typed || target.closest(TEXT)) return 'text';
  if (target.closest(WIDGET)) return 'widget';
  if (target.closest(BUTTON)) return 'button';
  return 'page';
}
