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
import { hashForView, resizeHeight, syncMessage, viewForHash, viewSearch } from './protocol';

/** The iframes already asked for their view (data-sync-hash): once each. */
const asked = new WeakSet<Window>();

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-aea-explainer]')];
}

function onMessage(e: MessageEvent): void {
  const frame = frames().find((f) => f.contentWindow === e.source);
  if (!frame) return;
  const height = resizeHeight(e.data);
  if (height !== null) {
    frame.style.height = `${height}px`;
    frame.setAttribute('scrolling', 'no');
    // The first height says the explainer listens: ask it for its view, at the hash's view.
    const from = e.source as Window;
    if (frame.hasAttribute('data-sync-hash') && !asked.has(from)) {
      asked.add(from);
      from.postMessage(syncMessage(viewForHash(location.hash)), '*');
    }
    return;
  }
  const search = frame.hasAttribute('data-sync-hash') ? viewSearch(e.data) : null;
  if (search === null) return;
  const hash = hashForView(search);
  if (hash === location.hash || (!hash && !location.hash.startsWith('#explainer='))) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

addEventListener('message', onMessage);
