/**
 * How much of the graph the details drawer covers. On a short landscape screen (a 1024×768
 * projector, a 1280×800 laptop) the side panel is as tall as the timeline, too short for an
 * event's claim box; while something is selected it grows down over the graph's right side
 * (SidePanel's `drawer`). The graph's stage keeps its size, since a resize would refit the
 * reader's view: it is told instead how many px of its right side and foot are covered.
 */
import type { Attachment } from 'svelte/attachments';

/** What the page lays over the graph's stage: its right side and its foot, px. */
export interface Cover {
  right: number;
  bottom: number;
}

/** A box on the page, as getBoundingClientRect gives it. */
type Rect = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right' | 'width'>;

/**
 * The px of the graph slot's right side the side panel lies over: 0 unless the two boxes
 * overlap both ways. On a narrow screen the views stack, the panel under the graph: beside it
 * in neither direction, it covers nothing.
 */
export function coveredRight(side: Rect, slot: Rect): number {
  const over =
    side.width > 0 &&
    side.bottom > slot.top &&
    side.top < slot.bottom &&
    side.left < slot.right &&
    side.right > slot.left;
  return over ? Math.round(slot.right - side.left) : 0;
}

/**
 * Watches the page's views (the element holding `.side`, `.graph-slot` and the window's
 * readout) and reports what lies over the graph slot: the px of its right side the side panel
 * covers (0 when the panel ends above the graph, or is hidden, as in presenter mode), and,
 * while it does, the px of its foot the readout takes, floating there (WindowBar), read from
 * the readout's own box, however many lines it wraps to. Reported in the next animation
 * frame, as observeWidth does, so the page's layout never changes inside the observer's
 * callback; the readout floats only once the cover is reported, so it is read again a frame
 * later.
 */
export function observeCover(set: (cover: Cover) => void): Attachment<HTMLElement> {
  return (views) => {
    const side = views.querySelector('.side');
    const slot = views.querySelector('.graph-slot');
    const readout = views.querySelector('[data-readout]');
    if (!side || !slot) return;
    let frame = 0;
    /** Frames waited for the readout to float, or to land again: a few at most. */
    let waited = 0;
    const measure = () => {
      const s = side.getBoundingClientRect();
      const g = slot.getBoundingClientRect();
      const right = coveredRight(s, g);
      const over = right > 0;
      const floating = readout?.getAttribute('data-readout') === 'floating';
      const foot = over && floating ? g.bottom - readout.getBoundingClientRect().top : 0;
      set({ right, bottom: Math.max(0, Math.ceil(foot)) });
      const settled = !readout || over === floating;
      waited = settled ? 0 : waited + 1;
      if (!settled && waited <= 3) frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(side);
    observer.observe(slot);
    if (readout) observer.observe(readout);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  };
}
