/**
 * The graph's layout off the page's thread, for a story with no stored layout (one a reader
 * opened): on thousands of entities the forces and the separation of labels take seconds, and
 * the timeline must answer meanwhile. It posts how far it has got, then the layout. The same
 * input gives the same layout here as on the page: the start is seeded (random.ts).
 */
import { computeLayout, type LayoutInput } from './layout';
import type { LayoutMessage } from './layout-off-thread';

const post = (message: LayoutMessage) => postMessage(message);

addEventListener('message', (e: MessageEvent<LayoutInput>) => {
  computeLayout(e.data, undefined, undefined, undefined, (done) => post({ kind: 'progress', done }))
    .then((layout) => post({ kind: 'done', layout }))
    .catch((error: unknown) => post({ kind: 'failed', reason: String(error) }));
});
