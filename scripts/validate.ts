/** `npm run validate [file]`: checks a story file and lists every problem with its place. */
import { readFileSync } from 'node:fs';
import { validateStoryText } from '../src/model/validate';

const file = process.argv[2] ?? 'data/story.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read it (${(error as Error).message})`);
  process.exit(2);
}
const result = validateStoryText(text);
if (result.ok) {
  const { story } = result;
  console.log(
    `${file}: valid. ${story.events.length} events, ${story.entities.length} entities, ` +
      `${story.relations.length} relations, ${story.sources.length} sources.`,
  );
} else {
  console.error(`${file}: ${result.problems.length} problem(s)`);
  for (const p of result.problems) {
    console.error(`  ${p.path || '(file)'}: ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}`);
  }
  process.exit(1);
}
