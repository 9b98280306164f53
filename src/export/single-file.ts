/**
 * Whether the whole explainer as one file is deployed beside the app: npm run build:single,
 * run after npm run build, puts the file in dist/ and names it in the page's head with
 * `<link rel="alternate" data-single-file>`. The page reads that link and requests nothing.
 */
export interface SingleFile {
  href: string;
  /** Its size, for the link's text. */
  bytes: number;
}

/** The single file beside this page, or null (a page without one, or the single file itself). */
export function singleFileBeside(doc: Document): SingleFile | null {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="alternate"][data-single-file]');
  if (!link?.href) return null;
  // Only a file on this page's own site: the page offers nothing from another host.
  if (new URL(link.href).origin !== location.origin) return null;
  return { href: link.href, bytes: Number(link.dataset.bytes) || 0 };
}
