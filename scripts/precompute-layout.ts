// `npm run layout`: computes the graph's layout for the bundled story once, ahead of time, so
// every screen shows the same picture without running a force layout. Writes
// data/story.layout.json; src/graph/layout.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateStoryText } from '../src/model/validate';
import {
  computeLayout,
  layoutHash,
  layoutInput,
  PRECOMPUTE_SEEDS,
  type LayoutFile,
} from '../src/graph/layout';

const storyPath = resolve(process.argv[2] ?? 'data/story.json');
const outPath = resolve(process.argv[3] ?? storyPath.replace(/\.json$/, '.layout.json'));

const result = validateStoryText(readFileSync(storyPath, 'utf8'));
if (!result.ok) {
  console.error(`${storyPath} is invalid: run npm run validate`);
  process.exit(1);
}
const input = layoutInput(result.story);
const started = performance.now();
const layout = await computeLayout(input, undefined, undefined, PRECOMPUTE_SEEDS);
const file: LayoutFile = {
  storyId: result.story.id,
  hash: layoutHash(input),
  positions: layout.positions,
  leftLabels: layout.leftLabels,
};
writeFileSync(outPath, formatLayout(file));
const ms = Math.round(performance.now() - started);
const { zoom = 0, crossings = 0 } = layout.stats ?? {};
console.log(
  `${outPath}: ${input.nodes.length} entities laid out in ${ms} ms; ` +
    `fits the 1024 × 768 frame at zoom ${zoom.toFixed(2)}, ${crossings} edges across labels`,
);

/** One line per entity, as Prettier would leave it: small diffs when the story changes. */
function formatLayout(f: LayoutFile): string {
  const positions = Object.entries(f.positions).map(
    ([id, p]) => `    ${JSON.stringify(id)}: { "x": ${p.x}, "y": ${p.y} }`,
  );
  const left = f.leftLabels.map((id) => `    ${JSON.stringify(id)}`);
  return [
    '{',
    `  "storyId": ${JSON.stringify(f.storyId)},`,
    `  "hash": ${JSON.stringify(f.hash)},`,
    '  "positions": {',
    positions.join(',\n'),
    '  },',
    left.length ? `  "leftLabels": [\n${left.join(',\n')}\n  ]` : '  "leftLabels": []',
    '}',
    '',
  ].join('\n');
}
