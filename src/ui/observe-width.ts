/**
 * An element's width, for a view that sizes itself to its container: as `bind:clientWidth`
 * gives it, but set in the next animation frame rather than in the ResizeObserver's callback.
 * A width set there changes the page's layout within the same frame, and the browser reports
 * "ResizeObserver loop completed with undelivered notifications" to window.onerror, which a
 * newsroom's error tracker logs from every embed.
 */
import type { Attachment } from 'svelte/attachments';

export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    let frame = 0;
    set(element.clientWidth);
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => set(element.clientWidth));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  };
}
