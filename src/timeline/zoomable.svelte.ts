/**
 * d3-zoom on the timeline's plot, as a Svelte attachment: d3 turns the reader's wheel, drag and
 * pinch into transforms and reports them through callbacks; the view's own moves (keys,
 * buttons, commands) are written back into d3's record, so the next gesture starts from there.
 */
import type { Attachment } from 'svelte/attachments';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ZoomTransform } from './ticks';

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
    type Event = D3ZoomEvent<SVGGElement, unknown>;
    // Only the reader's gestures carry a source event; the transforms written below do not.
    const behavior = zoom<SVGGElement, unknown>()
      .filter((e: MouseEvent) => !(e instanceof MouseEvent && e.button > 0))
      .on('zoom', (e: Event) => {
        if (e.sourceEvent) reports.onzoom({ k: e.transform.k, x: e.transform.x });
      })
      .on('end', (e: Event) => {
        if (e.sourceEvent) reports.onend();
      });
    const plot = select(el).call(behavior).on('dblclick.zoom', null);

    $effect(() => {
      const extent: [[number, number], [number, number]] = [
        [0, 0],
        [view.plotWidth, view.height],
      ];
      behavior.scaleExtent([1, view.maxK]).extent(extent).translateExtent(extent);
    });
    $effect(() => {
      const { k, x } = view.z;
      const known = zoomTransform(el);
      if (known.k !== k || known.x !== x)
        plot.call(behavior.transform, zoomIdentity.translate(x, 0).scale(k));
    });
    return () => {
      plot.on('.zoom', null);
    };
  };
}
