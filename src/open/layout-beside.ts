/**
 * The graph's layout published beside a linked story: `stories/war.layout.json` beside
 * `stories/war.json`, as `npm run layout stories/war.json` writes it. A big story's layout
 * takes seconds in the layout worker on every load; stored, the graph shows at once, and the
 * same picture every time. The graph uses the file only if it places every entity of the story
 * (src/graph/layout.ts, presetLayout); anything else in it is ignored.
 */

/**
 * From this many entities the file is asked for. Under it a layout takes well under a second,
 * and the request would fail for almost every story (and show as an error in the console).
 */
const LAYOUT_BESIDE_FROM = 300;

/** Where the layout of the story at `storyUrl` is published; null for a name not in .json. */
export function layoutAddress(storyUrl: string): string | null {
  const url = new URL(storyUrl);
  if (!/\.json$/i.test(url.pathname)) return null;
  url.pathname = url.pathname.replace(/\.json$/i, '.layout.json');
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The layout file beside a linked story of `entities` entities, parsed; undefined when the
 * story is small, or there is none, or it cannot be read: the graph then lays the story out.
 */
export async function layoutBeside(
  storyUrl: string,
  entities: number,
  fetchText: (url: string) => Promise<string>,
): Promise<unknown> {
  const at = entities >= LAYOUT_BESIDE_FROM ? layoutAddress(storyUrl) : null;
  if (!at) return undefined;
  try {
    return JSON.parse(await fetchText(at)) as unknown;
  } catch {
    return undefined;
  }
}
