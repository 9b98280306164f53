/**
 * Resolves after the next frame is painted (a task queued from its animation frame runs after),
 * or after 200 ms if no frame comes: a page that is not drawn (an embed's frame outside the
 * article's view, a tab in the background) gets no animation frames, and what waits for one
 * would otherwise never come (the side panel, the timeline's wheel zoom), and an embed's
 * height would change when the reader scrolls to it. For work that must not hold back a
 * view's first frame.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, NO_FRAME_MS);
  });
}

const NO_FRAME_MS = 200;
