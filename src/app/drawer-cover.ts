/**
 * How much of the graph the details drawer covers. On a short landscape screen (a 1024×768
 * projector, a 1280×800 laptop) the side panel is as tall as the timeline, too short for an
 * event's claim box; while something is selected it grows down over the graph's right side
 * (SidePanel's `drawer`). The graph's stage keeps its size, since a resize would refit the
 * reader's view: it is told instead how many px of its right side are covered.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Watches the page's views (the element holding `.side` and `.graph-slot`) and reports the
 * px of the graph slot's right side the side panel lies over: 0 when the panel ends above
 * the graph, or is hidden (presenter mode). Reported in the next animation frame, as
 * observeWidth does, so the page's layout never changes inside the observer's callback.
 */
export function observeCover(set: (px: number) => void): Attachment<HTMLElement> {
  return (views) => {
    const side = views.querySelector('.side');
    const slot = views.querySelector('.graph-slot');
    if (!side || !slot) return;
    let frame = 0;
    const measure = () => {
      const s = side.getBoundingClientRect();
      const g = slot.getBoundingClientRect();
      const over = s.width > 0 && s.bottom > g.top && s.left < g.right;
      set(over ? Math.round(g.right - s.left) : 0);
    };
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(side);
    observer.observe(slot);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  };
}

/** The room the window's readout takes at the graph's foot while the drawer is open, px. */
export const READOUT_ROOM = 40;
