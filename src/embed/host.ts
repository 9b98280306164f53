/**
 * dist/embed.js: the host page's script. It sizes every explainer iframe on the page to its
 * content, and, for an iframe with data-sync-hash, mirrors the explainer's selection into the
 * article's hash (#explainer=entity:…) and opens the iframe at that view on load.
 *
 *   <iframe data-aea-explainer src=".../embed/?embed" title="…" style="width:100%;border:0"></iframe>
 *   <script src=".../embed.js" defer></script>
 *
 * A message is taken only from the iframe's own window and only in the right shape, so
 * another frame cannot resize or steer it. Works for iframes sandboxed with allow-scripts
 * alone (their messages come from origin "null": the window, not the origin, is checked).
 */
import { hashForView, resizeHeight, viewForHash, viewSearch } from './protocol';

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-aea-explainer]')];
}

/** Asks the explainer for its view (syncHash), and opens it at the view the hash names. */
function syncWithHash(frame: HTMLIFrameElement): void {
  const url = new URL(frame.src, location.href);
  const view = new URLSearchParams(viewForHash(location.hash));
  if (url.searchParams.has('syncHash') && ![...view.keys()].length) return;
  url.searchParams.set('syncHash', '');
  if ([...view.keys()].length)
    for (const key of ['entity', 'event', 'relation']) url.searchParams.delete(key);
  view.forEach((value, key) => url.searchParams.set(key, value));
  frame.src = url.href;
}

function onMessage(e: MessageEvent): void {
  const frame = frames().find((f) => f.contentWindow === e.source);
  if (!frame) return;
  const height = resizeHeight(e.data);
  if (height !== null) {
    frame.style.height = `${height}px`;
    frame.setAttribute('scrolling', 'no');
    return;
  }
  const search = frame.hasAttribute('data-sync-hash') ? viewSearch(e.data) : null;
  if (search === null) return;
  const hash = hashForView(search);
  if (hash === location.hash || (!hash && !location.hash.startsWith('#explainer='))) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

frames()
  .filter((f) => f.hasAttribute('data-sync-hash'))
  .forEach(syncWithHash);
addEventListener('message', onMessage);
