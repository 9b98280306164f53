/** The explainer's own address for a view, as a reader shares it: no embed parameters. */
const EMBED_ONLY = ['embed', 'frameId', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

export function fullPageUrl(href: string): string {
  const url = new URL(href);
  for (const key of EMBED_ONLY) url.searchParams.delete(key);
  // The sandbox build lives in embed/; the full page is the folder above it.
  url.pathname = url.pathname.replace(/\/embed\/(index\.html)?$/, '/');
  return url.href;
}
