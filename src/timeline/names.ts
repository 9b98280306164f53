/**
 * The timeline's sentences: an event's accessible name ("Title, 14 April 2025") and the
 * listbox's ("Timeline: 24 events from 6 July 1798 to 14 April 2025"). Components show these;
 * they never assemble them. (They belong with the app's other sentences in src/model once
 * those take the timeline's too.)
 */
import type { Messages } from '../i18n/messages';
import { formatIsoDate, formatStoryDate } from '../model/dates';
import type { StoryEvent } from '../model/schema';

/** "Trump hosts Bukele at the White House, 14 April 2025". */
export function eventName(event: StoryEvent, m: Messages): string {
  return m.timelineEventName(event.title, formatStoryDate(event.date));
}

/** The listbox's name, from the events in date order. */
export function timelineName(events: readonly StoryEvent[], m: Messages): string {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return m.timelineLabel(0, '', '');
  return m.timelineLabel(
    events.length,
    formatIsoDate(first.date.start),
    formatIsoDate(last.date.start),
  );
}

/** Every event's name by id, formatted once per story rather than on every frame of a zoom. */
export function eventNames(
  events: readonly StoryEvent[],
  m: Messages,
): ReadonlyMap<string, string> {
  return new Map(events.map((e) => [e.id, eventName(e, m)]));
}
