/**
 * `npm run validate [path]`: checks a story and lists every problem with its place. The path is
 * a story JSON file (data/story.json by default), or a folder of CSV sheets (or one of its
 * sheets): JSON problems come with their line and column, CSV ones with sheet, row and column.
 * A story file's translations beside it (story.es.json for story.json) are checked with it;
 * a translation's path checks that translation against its story.
 * Warnings are listed after; they do not fail the check, but they are always shown.
 *
 * `--built` (the build's own check, scripts/vite-validate-story.ts) also refuses a story the
 * validator would change (text with spaces at its ends, which it trims): the page shows the
 * story it bundles without validating it again (src/model/load.ts, trustIfBuilt).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Story } from '../src/model/schema';
import { describeSheetProblem, sheetsToStory } from '../src/open/csv-story';
import { describeJsonProblem, placeProblems, validateJsonText } from '../src/open/json-positions';
import { validateTranslation } from '../src/model/translation';

const args = process.argv.slice(2);
const built = args.includes('--built');
const path = args.find((a) => !a.startsWith('--')) ?? 'data/story.json';

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

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: cannot read it (${(error as Error).message})`);
  }
}

/** "story.es.json" is a translation of "story.json": the story's name, then a language tag. */
const TRANSLATION_NAME = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/;

function validateFile(file: string): void {
  const translated = TRANSLATION_NAME.exec(basename(file));
  const storyFile = translated ? join(dirname(file), `${translated[1]}.json`) : file;
  const text = read(storyFile);
  const result = validateJsonText(text);
  if (!result.ok) {
    console.error(`${storyFile}: ${result.errors.length} problem(s)`);
    for (const p of result.errors) console.error(describeJsonProblem(storyFile, p));
    process.exit(1);
  }
  if (built && !isDeepStrictEqual(result.story, JSON.parse(text.replace(/^\uFEFF/, '')))) {
    fail(
      `${storyFile}: the validator would change it: some text has spaces at its start or end. ` +
        'Remove them: the site shows the story it bundles as it is, without validating it again.',
    );
  }
  if (translated) return validateTranslationFile(file, result.story);
  console.log(`${file}: valid. ${summary(result.story)}`);
  if (result.warnings.length) {
    console.log(`${file}: ${result.warnings.length} warning(s); they do not block the story`);
    for (const w of result.warnings) console.log(describeJsonProblem(file, w));
  }
  const stem = basename(file).replace(/\.json$/, '');
  for (const name of readdirSync(dirname(file)).sort()) {
    const other = TRANSLATION_NAME.exec(name);
    if (other?.[1] === stem) validateTranslationFile(join(dirname(file), name), result.story);
  }
}

/** A translation checked against its story: every item translated, no id the story lacks. */
function validateTranslationFile(file: string, story: Story): void {
  const text = read(file);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`${file}: not valid JSON: ${(error as Error).message}`);
    process.exit(1);
  }
  const result = validateTranslation(story, data);
  if (!result.ok) {
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const p of placeProblems(text, result.problems))
      console.error(describeJsonProblem(file, p));
    process.exit(1);
  }
  console.log(`${file}: valid translation (${result.story.language}) of ${story.id}.`);
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
