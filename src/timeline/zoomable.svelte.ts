/**
 * The reader's wheel, drag and pinch on the timeline's plot, as a Svelte attachment. d3-zoom
 * and what it brings (d3-selection, d3-transition, d3-drag…: 12 kB gzipped) load in a chunk
 * of their own (zoom-behaviour.svelte.ts) once the timeline has painted, off the first paint's
 * path: on a slow school network every kB before the timeline costs 20 ms. Until it has come
 * (the plot is then marked `data-zoomable`), the keys and buttons zoom, which do not need it.
 */
import type { Attachment } from 'svelte/attachments';
import type { ZoomTransform } from './ticks';
import { afterNextPaint } from '../ui/after-paint';

/** What the zoom needs to know of the view; read in effects, so it follows their changes. */
export interface ZoomView {
  readonly plotWidth: number;
  readonly height: number;
  readonly maxK: number;
  readonly z: ZoomTransform;
}

export interface ZoomReports {
  /** A frame of a gesture. */
  onzoom: (z: ZoomTransform) => void;
  /** The gesture ended (d3-zoom's 'end': the pointer let go, or the wheel stopped). */
  onend: () => void;
}

export function zoomable(view: ZoomView, reports: ZoomReports): Attachment<SVGGElement> {
  return (el) => {
    let detach: (() => void) | undefined;
    let attached = true;
    // Asked for once the timeline's first frame is painted: a chunk already in the cache would
    // otherwise be evaluated, and d3-zoom attached, before that frame.
    void afterNextPaint()
      .then(() => (attached ? import('./zoom-behaviour.svelte') : null))
      .then((chunk) => {
        if (chunk && attached) detach = chunk.attachZoom(el, view, reports);
      });
    return () => {
      attached = false;
      detach?.();
    };
  };
}
