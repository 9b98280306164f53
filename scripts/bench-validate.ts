/**
 * `npx tsx scripts/bench-validate.ts`: how long the validator takes on the red team's largest
 * files (tests/fixtures/hostile-stories.ts), best of five runs each, as a markdown table. The
 * budgets (data/README.md, "Limits"): a file of 28,000 problems in under 2 s, a story over the
 * limits refused at once. The tests assert what is reported; this measures how fast.
 */
import { validateStoryText } from '../src/model/validate';
import { manyEventsStory, manyProblemsStory } from '../tests/fixtures/hostile-stories';

const CASES: [string, string][] = [
  ['28,000 problems (14,000 events, 2,000 entities)', JSON.stringify(manyProblemsStory(28_000))],
  ['30,000 events (refused: over the limit)', JSON.stringify(manyEventsStory(30_000))],
  ['20,000 events (the limit: accepted)', JSON.stringify(manyEventsStory(20_000))],
];

console.log('| file | size | best of 5 | worst |');
console.log('| --- | --: | --: | --: |');
for (const [name, text] of CASES) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    validateStoryText(text);
    times.push(performance.now() - t);
  }
  const mb = `${(text.length / 1024 / 1024).toFixed(1)} MB`;
  const ms = (t: number) => `${Math.round(t)} ms`;
  console.log(`| ${name} | ${mb} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))} |`);
}
