/**
 * Runs the layout of a story with no stored layout in a Web Worker (layout.worker.ts), so the
 * page keeps answering the reader while it works, and reports its progress. Where no worker can
 * start (a page from file://, whose policy allows no other script; a test's jsdom) it runs on
 * the page's thread instead, with the same result.
 */
import { computeLayout, type Layout, type LayoutInput } from './layout';

/** What the worker posts: how far it has got (0 to 1), then the layout or why it failed. */
export type LayoutMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; layout: Layout }
  | { kind: 'failed'; reason: string };

export interface LayoutRun {
  result: Promise<Layout>;
  /** Stops the work (a new story came before it ended); the result then never comes. */
  cancel(): void;
}

const onThisThread = (input: LayoutInput, onProgress: (done: number) => void) =>
  computeLayout(input, undefined, undefined, undefined, onProgress);

export function layOut(input: LayoutInput, onProgress: (done: number) => void): LayoutRun {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { result: onThisThread(input, onProgress), cancel: () => {} };
  }
  let stopped = false;
  const result = new Promise<Layout>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LayoutMessage>) => {
      const message = e.data;
      if (message.kind === 'progress') return onProgress(message.done);
      worker.terminate();
      if (message.kind === 'done') resolve(message.layout);
      else reject(new Error(message.reason));
    };
    // The worker's script could not load: the page does the work itself.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      if (!stopped) resolve(onThisThread(input, onProgress));
    };
  });
  worker.postMessage(input);
  return {
    result,
    cancel() {
      stopped = true;
      worker.terminate();
    },
  };
}
