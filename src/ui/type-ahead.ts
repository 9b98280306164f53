/**
 * Type-ahead, as listboxes have it: typing the first letters of a name moves to the next item
 * whose name starts with them ("C", "E" reaches CECOT). The one rule for every keyboard list
 * (the timeline's events, the graph's entities, the side panel's lists), written once here.
 */

/** Letters typed within this long of each other are one query; a longer pause starts anew. */
export const TYPE_AHEAD_PAUSE_MS = 1000;

/** A name as typed: lower case, without accents ("Édouard" is reached by "e"). */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en')
    .trimStart();
}

/**
 * The index of the item to move to for `query`, from the item at `current` (-1: none yet);
 * undefined when no name starts with it. A query of one letter (or one letter repeated, as
 * "cc") cycles through the names with that letter, starting after the current item; a longer
 * query may stay on the current item if it still matches. The search wraps at the end.
 */
export function typeAhead(
  names: readonly string[],
  current: number,
  query: string,
): number | undefined {
  const q = foldName(query);
  if (!q || !names.length) return undefined;
  const repeated = [...q].every((c) => c === q[0]);
  const prefix = repeated ? q[0]! : q;
  const start = repeated ? current + 1 : Math.max(0, current);
  for (let step = 0; step < names.length; step++) {
    const i = (((start + step) % names.length) + names.length) % names.length;
    if (foldName(names[i]!).startsWith(prefix)) return i;
  }
  return undefined;
}

/** The letters typed so far: each key adds to the query until a pause starts a new one. */
export class TypeAheadBuffer {
  #query = '';
  #last = -Infinity;

  /** Whether a query is under way at `now`: then a space is part of it ("trump h"). */
  typing(now: number): boolean {
    return this.#query !== '' && now - this.#last <= TYPE_AHEAD_PAUSE_MS;
  }

  /** Adds one typed character at time `now` (ms) and returns the query it makes. */
  push(char: string, now: number): string {
    if (now - this.#last > TYPE_AHEAD_PAUSE_MS) this.#query = '';
    this.#last = now;
    this.#query += char;
    return this.#query;
  }
}

/**
 * The character a key press types for type-ahead: a letter or digit with no modifier, or a
 * space while a query is under way (`typing`); otherwise undefined (the key is the view's).
 */
export function typedChar(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  typing = false,
): string | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (e.key === ' ') return typing ? ' ' : undefined;
  return e.key.length === 1 && /\p{L}|\p{N}/u.test(e.key) ? e.key : undefined;
}
