/**
 * Connects an explainer inside an iframe to its host: posts its height whenever it changes,
 * and, when the host asked for it (syncHash), its view whenever the reader's state changes.
 * Returns the function that disconnects it.
 */
import type { ReaderState } from '../app/reader-state.svelte';
import { serializeUrlState } from '../model/url-state';
import { startPoster } from './poster';
import type { EmbedParams } from './protocol';

export function connectToHost(reader: ReaderState, params: EmbedParams): () => void {
  const poster = startPoster(params);
  const stop = $effect.root(() => {
    if (!params.syncHash) return;
    $effect(() => {
      const { selection, window, filterByWindow } = reader;
      poster.postView(serializeUrlState({ selection, window, filterByWindow }));
    });
  });
  return () => {
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
