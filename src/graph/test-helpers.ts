// Shared by the graph's unit tests: the bundled story, and a palette read from tokens.css as
// the browser would read it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cytoscape from 'cytoscape';
import { buildStyle, paletteFrom, type Palette } from './style';
import { storyElements } from './elements';
import type { Story } from '../model/schema';

export { bundledStory } from '../../tests/fixtures/bundled-story';

export function tokenPalette(): Palette {
  const css = readFileSync(resolve('src/styles/tokens.css'), 'utf8');
  const tokens = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    if (!tokens.has(name!)) tokens.set(name!, value!.trim());
  }
  return paletteFrom((token) => tokens.get(token) ?? '');
}

/** A headless Cytoscape core with the story's elements and the app's own style. */
export function headlessGraph(story: Story) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: storyElements(story),
    style: buildStyle(tokenPalette(), { transitions: false, edgeFontSize: 12 }),
  });
}
