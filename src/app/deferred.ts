/**
 * The parts of the page a reader does not need for the first look (the side panel's tabs, the
 * header's actions, the embed's links, story mode's layers, the open-a-file report) come in
 * a chunk of their own, mounted only once the timeline has painted. On a slow school network
 * (400 kbit/s, CPU ×4) they held the timeline back by 1.7 s: 24 kB of script to download
 * (gzipped), then their mounting. The side panel keeps its place meanwhile.
 */
import { afterNextPaint } from '../ui/after-paint';

type DeferredViews = typeof import('./deferred-views');

let chunk: Promise<DeferredViews> | undefined;

/**
 * The deferred views, once their chunk has arrived and the page has painted since this call:
 * called while a view mounts, they come after its first frame. The chunk is asked for once.
 */
export function deferredViews(): Promise<DeferredViews> {
  chunk ??= import('./deferred-views');
  return Promise.all([chunk, afterNextPaint()]).then(([views]) => views);
}
