/**
 * Keeps the reader's state and the address bar in step: each selection is a history entry
 * (Back and Forward walk through them), a change of window replaces the entry. In an iframe
 * every change replaces the entry, so the article's Back button still leaves the article.
 */
import type { ReaderState } from './reader-state.svelte';
import { parseUrlState, serializeUrlState } from '../model/url-state';
import { sameItem } from '../model/selection';

export function syncWithUrl(
  reader: ReaderState,
  onNotices: (notices: string[]) => void,
  /** Off in an iframe: there the history is the host article's, and Back must leave it. */
  { pushSelections = true }: { pushSelections?: boolean } = {},
): () => void {
  const apply = () => {
    const { state, notices } = parseUrlState(location.search, reader.story.index);
    reader.select(state.selection, 'url');
    reader.setWindow(state.window, 'url');
    reader.setFilterByWindow(state.filterByWindow);
    return notices;
  };
  onNotices(apply());
  let written = reader.selection;

  const stop = $effect.root(() => {
    $effect(() => {
      const state = {
        selection: reader.selection,
        window: reader.window,
        filterByWindow: reader.filterByWindow,
      };
      const search = serializeUrlState(state, location.search);
      if (search === location.search) return;
      const url = `${location.pathname}${search}${location.hash}`;
      try {
        if (!pushSelections || sameItem(state.selection, written))
          history.replaceState(history.state, '', url);
        else history.pushState(null, '', url);
      } catch {
        // A sandboxed frame may refuse history changes: the state still works, unshared.
      }
      written = state.selection;
    });
  });

  const onPopState = () => {
    onNotices(apply());
    written = reader.selection;
  };
  addEventListener('popstate', onPopState);
  return () => {
    stop();
    removeEventListener('popstate', onPopState);
  };
}
