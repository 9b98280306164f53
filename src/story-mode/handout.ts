/** What the printed handout lists that the story does not hold ready: each source's quotes. */
import type { Story } from '../model/schema';

/**
 * The words the story quotes from each source, each once, in the order the story first cites
 * them (entities, then events, then relations), by source id. A source quoted nowhere has none.
 */
export function quotesBySource(story: Story): Map<string, string[]> {
  const out = new Map<string, string[]>(story.sources.map((s) => [s.id, []]));
  for (const item of [...story.entities, ...story.events, ...story.relations])
    for (const { source, quote } of item.sources) {
      const list = out.get(source);
      if (quote !== undefined && list && !list.includes(quote)) list.push(quote);
    }
  return out;
}
