/**
 * Work no reader needs in the page's first second (the print handout, the search's index),
 * put off until the page has a moment, so that a big story's views come first: while the
 * graph's layout runs in its worker, the page's thread is idle. Within `ms` at the latest,
 * busy or not.
 */
export function whenIdle(work: () => void, ms = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout: ms });
    return () => cancelIdleCallback(id);
  }
  // No idle callbacks (Safari before 18, jsdom): right after what is under way.
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
