/**
 * The interaction state of one windowed list (WindowedList.svelte): the part of it on screen,
 * the row the keyboard is on, a row asked for, and the heights of the rows drawn so far; from
 * those, which rows are drawn (rowWindow). No DOM: the component reports what it measures.
 */
import { rowWindow, type RowWindow } from './row-window';
import type { ItemRef } from '../model/selection';

/** Lists of up to this many rows draw them all, as any short list does. */
const WINDOW_FROM = 100;
/** A row's height before it is first drawn: one line of text in a 44 px target. */
const ESTIMATE_PX = 45;
/** Rows drawn past each edge of the view, px: a fast scroll shows rows, not a gap. */
const OVERSCAN_PX = 600;

/** A row asked for, by key: each new object is a new request (the same row may be asked again). */
export interface RowRequest {
  key: string;
}

/** A request for the row of `item`, when it is of `kind`; else none. */
export function requestFor(
  item: ItemRef | null | undefined,
  kind: ItemRef['kind'],
): RowRequest | null {
  return item && item.kind === kind ? { key: item.id } : null;
}

/** The nearest ancestor that scrolls (null: the page). */
export function scrollParent(el: Element): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return null;
}

export class ListWindow {
  /** The part of the list on screen, px from its top (empty while it is hidden). */
  view = $state.raw({ top: 0, bottom: 0 });
  /** The row with focus: drawn with its neighbours, so Tab and Shift+Tab find the next. */
  focused = $state<number | null>(null);
  /** A row asked for (to be focused or brought into view): drawn until another is. */
  wanted = $state<number | null>(null);
  /**
   * Heights measured, by row key. Not reactive, on purpose: a round of measures changes dozens
   * at once, and `measures` tells the window once for all of them.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #heights = new Map<string, number>();
  #measured = 0;
  #sum = 0;
  measures = $state(0);
  readonly #keys: () => readonly string[];

  constructor(keys: () => readonly string[]) {
    this.#keys = keys;
  }

  readonly windowed = $derived.by(() => this.#keys().length > WINDOW_FROM);

  readonly window: RowWindow = $derived.by(() => {
    const keys = this.#keys();
    const n = keys.length;
    if (!this.windowed) return { rows: keys.map((_, index) => ({ index, gap: 0 })), tail: 0 };
    void this.measures;
    const estimate = this.#measured ? this.#sum / this.#measured : ESTIMATE_PX;
    const heights = keys.map((k) => this.#heights.get(k) ?? estimate);
    const f = this.focused;
    const keep = [0, n - 1, ...(f === null ? [] : [f - 1, f, f + 1]), this.wanted ?? -1];
    return rowWindow({ heights, view: this.view, overscan: OVERSCAN_PX, keep });
  });

  /** A drawn row's height, px. Returns whether it changed what the window knew. */
  measure(key: string, px: number): boolean {
    if (px <= 0) return false;
    const before = this.#heights.get(key);
    if (before !== undefined && Math.abs(before - px) < 0.5) return false;
    this.#heights.set(key, px);
    this.#sum += px - (before ?? 0);
    if (before === undefined) this.#measured++;
    return true;
  }

  /** After a round of measures: lay the window out again if any changed. */
  measured(): void {
    this.measures++;
  }
}
