/**
 * Connects an explainer inside an iframe to its host: posts its height whenever it changes;
 * and once the host asks (a sync message from the parent, answering the first height), opens
 * the view it names and posts the view whenever the reader's state changes. Returns the
 * function that disconnects it.
 */
import type { ReaderState } from '../app/reader-state.svelte';
import { parseUrlState, serializeUrlState } from '../model/url-state';
import { messagesFor } from '../i18n/messages';
import { startPoster } from './poster';
import { syncSearch, type EmbedParams } from './protocol';

export function connectToHost(reader: ReaderState, params: EmbedParams): () => void {
  let syncing = $state(false);
  // Listening before the first height is posted, so the host's answer is never missed.
  const onMessage = (e: MessageEvent) => {
    const search = e.source === window.parent ? syncSearch(e.data) : null;
    if (search === null) return;
    const m = messagesFor(reader.story.story.language);
    const { selection } = parseUrlState(search, reader.story.index, m).state;
    if (selection) reader.select(selection, 'url');
    syncing = true;
  };
  addEventListener('message', onMessage);
  const poster = startPoster(params);
  const stop = $effect.root(() => {
    $effect(() => {
      if (!syncing) return;
      const { selection, window, filterByWindow } = reader;
      poster.postView(serializeUrlState({ selection, window, filterByWindow }));
    });
  });
  return () => {
    removeEventListener('message', onMessage);
    stop();
    poster.stop();
  };
}

/** Whether the page runs inside a frame (a sandbox may refuse even to say: then it does). */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}
