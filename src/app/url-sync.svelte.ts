/**
 * Keeps the reader's state and the address bar in step: each selection and each step of the
 * story is a history entry (Back and Forward walk through them), a change of window replaces
 * the entry. In an iframe every change replaces the entry, so the article's Back button still
 * leaves the article.
 */
import type { ReaderState } from './reader-state.svelte';
import { parseUrlState, serializeUrlState } from '../model/url-state';
import { sameItem } from '../model/selection';
import { chapterById, showsChapter } from '../model/chapters';
import { messagesFor } from '../i18n/messages';
import { presentIn } from '../story-mode/present-param';

export function syncWithUrl(
  reader: ReaderState,
  onNotices: (notices: string[]) => void,
  /** Off in an iframe: there the history is the host article's, and Back must leave it. */
  { pushSelections = true }: { pushSelections?: boolean } = {},
): () => void {
  const chapters = reader.story.story.chapters ?? [];
  // The notices read in the story's language, as every view does.
  const m = messagesFor(reader.story.story.language);
  /** `ms`: how long a chapter's views take to move there (none on opening the page). */
  const apply = (ms?: number) => {
    const { state, notices } = parseUrlState(location.search, reader.story.index, m, chapters);
    // A presentation is of the story's steps: `?present` alone opens at the first.
    const bare = !state.chapter && !state.selection && !state.window && !notices.length;
    const first = bare && presentIn(location.search);
    if (first) state.chapter = chapters[0]?.id ?? null;
    const chapter = chapterById(reader.story.story, state.chapter ?? null);
    // A chapter's own view is shown as the step shows it, with its graph frame; a view the
    // reader explored to from a chapter is shown as it was left.
    if (chapter && (first || showsChapter(state, chapter)))
      reader.showChapter(chapter.id, 'url', ms);
    else {
      reader.setChapter(state.chapter ?? null);
      reader.select(state.selection, 'url');
      reader.setWindow(state.window, 'url');
    }
    reader.setFilterByWindow(state.filterByWindow);
    return notices;
  };
  onNotices(apply(0));
  let written = { selection: reader.selection, chapter: reader.chapter };

  const stop = $effect.root(() => {
    $effect(() => {
      const state = {
        selection: reader.selection,
        window: reader.window,
        filterByWindow: reader.filterByWindow,
        chapter: reader.chapter,
      };
      const search = serializeUrlState(state, location.search, chapters);
      if (search === location.search) return;
      const url = `${location.pathname}${search}${location.hash}`;
      const same =
        sameItem(state.selection, written.selection) && state.chapter === written.chapter;
      try {
        if (!pushSelections || same) history.replaceState(history.state, '', url);
        else history.pushState(null, '', url);
      } catch {
        // A sandboxed frame may refuse history changes: the state still works, unshared.
      }
      written = { selection: state.selection, chapter: state.chapter };
    });
  });

  const onPopState = () => {
    onNotices(apply());
    written = { selection: reader.selection, chapter: reader.chapter };
  };
  addEventListener('popstate', onPopState);
  return () => {
    stop();
    removeEventListener('popstate', onPopState);
  };
}
