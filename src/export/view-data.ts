/**
 * The data of the view a reader downloads, and the names of the files: the story as JSON, the
 * events of the time window (events-csv.ts writes them as CSV), and file names that say what is
 * in them.
 */
import type { IndexedStory, Span } from '../model/indexes';
import type { ItemRef } from '../model/selection';
import { activeInWindow } from '../model/time-window';
import { windowParams } from '../model/url-state';

/** What a file holds: a picture of a view, the story, or the window's events. */
export type FileKind = 'timeline' | 'graph' | 'story' | 'events';

/**
 * "trump-bukele-white-house-2025-graph-kilmar-abrego-garcia-2025-03-01-to-2025-04-30.png": the
 * story, what the file holds, and for a view the selection and the window's first and last day.
 */
export function fileName(
  storyId: string,
  kind: FileKind,
  view: { selection: ItemRef | null; window: Span | null },
  extension: string,
): string {
  const parts = [storyId];
  if (kind !== 'story') parts.push(kind);
  if (kind === 'timeline' || kind === 'graph') parts.push(view.selection?.id ?? '');
  if (kind !== 'story' && view.window) {
    const { from, to } = windowParams(view.window);
    parts.push(from === to ? from : `${from}-to-${to}`);
  }
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

/** The events a window shows, in reading order; every event when there is no window. */
export function eventsInWindow({ index }: IndexedStory, window: Span | null) {
  const shown = window ? activeInWindow(index, window).events : null;
  return index.eventsInOrder.filter((e) => !shown || shown.has(e.id));
}

/** The story as its file is written: two-space JSON, as data/story.json is. */
export function storyJson({ story }: IndexedStory): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
