/**
 * The window's events as CSV, for a worksheet: a row each in reading order, dated as the page
 * dates them. Its own module, loaded when asked for: none of it is needed to read the story.
 */
import type { Messages } from '../i18n/messages';
import { formatStoryDate } from '../model/dates';
import type { IndexedStory, Span } from '../model/indexes';
import { writeSheet } from '../open/write-sheet';
import { eventsInWindow } from './view-data';

/**
 * Date (as the page writes it), title, summary, and the sources each event cites, by title
 * (with the publisher where the source names one).
 */
export function eventsCsv(story: IndexedStory, window: Span | null, m: Messages): string {
  const sources = story.index.sourceById;
  const rows = eventsInWindow(story, window).map((e) => {
    const cited = [...new Set(e.sources.map((c) => c.source))].map((id) => {
      const s = sources.get(id);
      return s ? [s.publisher, s.title].filter(Boolean).join(': ') : id;
    });
    return [formatStoryDate(e.date, m), e.title, e.summary, cited.join('; ')];
  });
  return writeSheet([...m.download.csvColumns], rows);
}
