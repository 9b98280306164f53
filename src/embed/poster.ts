/**
 * Inside an iframe: posts the page's height to the host whenever it changes (load, a
 * selection, a tab, a resize), at most once a frame, in every form the URL asks for; and the
 * view, for hosts that mirror it into their address. It never reads or navigates the parent.
 */
import { resizeMessages, viewMessage, type EmbedParams } from './protocol';

export interface Poster {
  /** Posts the view shown ("?entity=…"); the host may mirror it. */
  postView(search: string): void;
  stop(): void;
}

function post(target: Window, message: object | string): void {
  try {
    target.postMessage(message, '*');
  } catch {
    // A host that has gone away: nothing to size.
  }
}

export function startPoster(params: EmbedParams, target: Window = window.parent): Poster {
  if (target === window) return { postView: () => {}, stop: () => {} };
  let frame = 0;
  let posted = -1;
  const send = () => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    for (const message of resizeMessages(height, params)) post(target, message);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(send);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  schedule();
  return {
    postView: (search) => post(target, viewMessage(search, params)),
    stop: () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    },
  };
}
