/**
 * The text of a story file on this site, for `?story=`. Whether the address may be fetched at
 * all is decided before, by storyLink (src/model/url-state.ts); this fetches it without
 * credentials for any other site, and refuses a redirect that leads away from the site.
 */
export async function fetchStoryText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (response.url && new URL(response.url).origin !== new URL(url).origin)
    throw new Error('the address leads to another site');
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}
