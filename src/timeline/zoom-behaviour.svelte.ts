/**
 * d3-zoom on the timeline's plot: d3 turns the reader's wheel, drag and pinch into transforms
 * and reports them through callbacks; the view's own moves (keys, buttons, commands) are
 * written back into d3's record, so the next gesture starts from there. Loaded after the
 * timeline is drawn (zoomable.svelte.ts says why).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ZoomReports, ZoomView } from './zoomable.svelte';

/** Attaches the zoom to `el`, marked `data-zoomable` from then; returns its detach. */
export function attachZoom(el: SVGGElement, view: ZoomView, reports: ZoomReports): () => void {
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

  // Attached after the component's mount, so its effects need a root of their own.
  const stopEffects = $effect.root(() => {
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
  });
  el.setAttribute('data-zoomable', '');
  return () => {
    stopEffects();
    plot.on('.zoom', null);
    el.removeAttribute('data-zoomable');
  };
}
