// `npm run layout`: computes the graph's layout for the bundled story once, ahead of time, so
// every screen shows the same picture without running a force layout. Writes
// data/story.layout.json; src/graph/layout.test.ts fails when it is stale.
// `npm run layout data/story.es.json`: the story's picture for a translation's names, which
// take other room (data/story.es.layout.json); run it after the story's own.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { validateStoryText } from '../src/model/validate';
import { validateTranslation } from '../src/model/translation';
import {
  computeLayout,
  layoutHash,
  relabelLayout,
  layoutInput,
  PRECOMPUTE_SEEDS,
  type Layout,
  type LayoutFile,
} from '../src/graph/layout';

const inPath = resolve(process.argv[2] ?? 'data/story.json');
const outPath = resolve(process.argv[3] ?? inPath.replace(/\.json$/, '.layout.json'));
/** "story.es.json" is the story "story.json" in Spanish. */
const translated = /^(.+)\.[a-z]{2,3}(?:-[A-Za-z0-9]+)*\.json$/.exec(basename(inPath));
const storyPath = translated ? join(dirname(inPath), `${translated[1]}.json`) : inPath;

const result = validateStoryText(readFileSync(storyPath, 'utf8'));
if (!result.ok) {
  console.error(`${storyPath} is invalid: run npm run validate`);
  process.exit(1);
}
const story = translated
  ? validateTranslation(result.story, JSON.parse(readFileSync(inPath, 'utf8')))
  : result;
if (!story.ok) {
  console.error(`${inPath} is invalid: run npm run validate ${process.argv[2]}`);
  process.exit(1);
}
const input = layoutInput(story.story);
const started = performance.now();
// A translation keeps the story's own picture, its nodes nudged apart for the longer names.
const layout = translated
  ? relabelLayout(
      JSON.parse(readFileSync(storyPath.replace(/\.json$/, '.layout.json'), 'utf8')) as Layout,
      input,
    )
  : await computeLayout(input, undefined, undefined, PRECOMPUTE_SEEDS);
const file: LayoutFile = {
  storyId: story.story.id,
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
