/**
 * The timeline as it stands, for a picture of it (src/export): the frame it is drawn in (the
 * lanes' HTML, the plot's SVG, and on a large story the marks' canvas) and the state it was
 * drawn from. Timeline lists itself here while it is mounted, so a picture is taken of the
 * timeline on the page without reaching into its components.
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from './timeline-state.svelte';

export interface TimelinePicture {
  /** The listbox frame: everything inside it is the picture. */
  frame: HTMLElement;
  /** The state it is drawn from (its marks, zoom, rows and states, for marks on a canvas). */
  state: TimelineState;
}

const live = new Map<Element, TimelineState>();

/** On the timeline's outer element: lists it for pictures while it is on the page. */
export function listInPictures(state: TimelineState): Attachment<HTMLElement> {
  return (element) => {
    live.set(element, state);
    return () => live.delete(element);
  };
}

/** The timeline drawn inside `root`, or undefined when none is drawn there. */
export function timelinePicture(root: Node): TimelinePicture | undefined {
  for (const [element, state] of live) {
    const frame = element.querySelector<HTMLElement>('[role="listbox"]');
    if (frame && root.contains(element)) return { frame, state };
  }
  return undefined;
}
