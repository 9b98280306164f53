/**
 * A cursor over an ordered list of ids: the one rule for "next", "previous", "first" and
 * "last" in every keyboard list (the timeline's events in date order, the graph's entities in
 * reading order). It stops at either end rather than wrapping, as listboxes do.
 */
export type CursorMove = 'next' | 'previous' | 'first' | 'last';

/** Where the cursor goes from `current` (null: not yet placed) on a move; undefined if empty. */
export function moveCursor(
  order: readonly string[],
  current: string | null,
  move: CursorMove,
): string | undefined {
  if (!order.length) return undefined;
  const at = current === null ? -1 : order.indexOf(current);
  switch (move) {
    case 'first':
      return order[0];
    case 'last':
      return order[order.length - 1];
    case 'next':
      return order[Math.min(order.length - 1, at + 1)];
    case 'previous':
      return order[Math.max(0, at - 1)];
  }
}
