/**
 * Work no reader needs in the page's first second (the search's index of a big story), done
 * in the page's idle moments, so that a big story's views come first: while the graph's
 * layout runs in its worker, the page's thread is idle.
 */

/** A slice's length where the browser does not say how long the page is idle, ms. */
const SLICE_MS = 8;

/**
 * Runs `step` in the page's idle moments until it says it is done (returns true). Each call
 * may go on while `more()` is true: while the page is idle, so that a key pressed meanwhile
 * waits a few ms, not for the whole of the work. Returns a function that stops it.
 */
export function inIdleSlices(step: (more: () => boolean) => boolean): () => void {
  let stop = () => {};
  const next = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => {
        if (!step(() => deadline.timeRemaining() > 0)) next();
      });
      stop = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => {
        const until = performance.now() + SLICE_MS;
        if (!step(() => performance.now() < until)) next();
      }, 0);
      stop = () => clearTimeout(id);
    }
  };
  next();
  return () => stop();
}
