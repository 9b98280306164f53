/**
 * What a chapter of the story shows: the item it selects, its time window and the entities the
 * graph frames. One rule for the stepper, the address bar and the tests: a step's view is
 * exactly its chapter's data, and a reader who has moved away from it can be told so.
 */
import { endOf, parseIsoDate, startOf } from './dates';
import type { Span } from './indexes';
import type { Chapter, Story } from './schema';
import { sameItem, type ItemRef } from './selection';

export interface ChapterView {
  /** The item selected; null clears the selection. */
  selection: ItemRef | null;
  /** From the start of `from` to the end of `to`; null shows the whole story. */
  window: Span | null;
  /** The entities the graph frames; empty for its default view. */
  focus: readonly string[];
}

/** A window from the first instant of one ISO date to the end of another; null if either is bad. */
export function spanBetween(from: string, to: string): Span | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return a.ok && b.ok ? { start: startOf(a.date), end: endOf(b.date) } : null;
}

export function chapterView(chapter: Chapter): ChapterView {
  const { select, window, graphFocus } = chapter;
  return {
    selection: select ? { kind: select.kind, id: select.id } : null,
    window: window ? spanBetween(window.from, window.to) : null,
    focus: graphFocus ?? [],
  };
}

export function chapterById(story: Story, id: string | null): Chapter | undefined {
  return id === null ? undefined : story.chapters?.find((c) => c.id === id);
}

/** Whether a selection and a window are the chapter's own (false once the reader explores). */
export function showsChapter(
  view: { selection: ItemRef | null; window: Span | null },
  chapter: Chapter,
): boolean {
  const own = chapterView(chapter);
  return sameItem(view.selection, own.selection) && sameSpan(view.window, own.window);
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}
