/**
 * The embed code for a view, as the "Embed this view" dialog gives it and the README shows:
 * one iframe and one script tag, both pointing at the explainer's own folder.
 */
export function embedSnippet(pageHref: string, search: string, title: string): string {
  const page = new URL(pageHref);
  const folder = new URL('./', page);
  const view = new URLSearchParams(search);
  view.delete('embed');
  const query = view.toString();
  const src = `${folder.href}?embed${query ? `&${query}` : ''}`;
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    `<iframe data-aea-explainer src="${attr(src)}"`,
    `  title="${attr(title)}"`,
    `  style="width: 100%; height: 760px; border: 0"></iframe>`,
    `<script src="${attr(`${folder.href}embed.js`)}" defer></script>`,
  ].join('\n');
}
