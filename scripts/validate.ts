/**
 * `npm run validate [path]`: checks a story and lists every problem with its place. The path is
 * a story JSON file (data/story.json by default), or a folder of CSV sheets (or one of its
 * sheets): JSON problems come with their line and column, CSV ones with sheet, row and column.
 * Warnings are listed after; they do not fail the check, but they are always shown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Story } from '../src/model/schema';
import { describeSheetProblem, sheetsToStory } from '../src/open/csv-story';
import { describeJsonProblem, validateJsonText } from '../src/open/json-positions';

const path = process.argv[2] ?? 'data/story.json';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function summary(story: Story): string {
  return (
    `${story.events.length} events, ${story.entities.length} entities, ` +
    `${story.relations.length} relations, ${story.sources.length} sources, ` +
    `${story.terms?.length ?? 0} terms, ${story.comparisons?.length ?? 0} comparisons.`
  );
}

function validateFolder(folder: string): void {
  const names = readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.csv'));
  if (names.length === 0) fail(`${folder}: no CSV files in it`);
  const files = names.sort().map((name) => ({
    name,
    data: new Uint8Array(readFileSync(join(folder, name))),
  }));
  const result = sheetsToStory(files);
  if (result.ok) console.log(`${folder}: valid. ${summary(result.story)}`);
  else {
    console.error(`${folder}: ${result.errors.length} problem(s)`);
    for (const p of result.errors) console.error(`  ${describeSheetProblem(p)}`);
  }
  if (result.warnings.length) {
    console.log(`${folder}: ${result.warnings.length} warning(s); they do not block the story`);
    for (const w of result.warnings) console.log(`  ${describeSheetProblem(w)}`);
  }
  if (!result.ok) process.exit(1);
}

function validateFile(file: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: cannot read it (${(error as Error).message})`);
  }
  const result = validateJsonText(text);
  if (!result.ok) {
    console.error(`${file}: ${result.errors.length} problem(s)`);
    for (const p of result.errors) console.error(describeJsonProblem(file, p));
    process.exit(1);
  }
  console.log(`${file}: valid. ${summary(result.story)}`);
  if (result.warnings.length) {
    console.log(`${file}: ${result.warnings.length} warning(s); they do not block the story`);
    for (const w of result.warnings) console.log(describeJsonProblem(file, w));
  }
}

let isFolder = false;
try {
  isFolder = statSync(path).isDirectory();
} catch {
  // A missing path is reported when it is read.
}
if (isFolder) validateFolder(path);
else if (path.toLowerCase().endsWith('.csv')) validateFolder(dirname(path));
else validateFile(path);
