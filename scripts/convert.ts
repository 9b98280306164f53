/**
 * `npm run convert -- <folder> [out.json]`: a folder of CSV sheets (story.csv, sources.csv,
 * categories.csv, entities.csv, events.csv, relations.csv) becomes a story JSON file, written
 * to out.json or to story.json in the folder.
 * `npm run convert -- --to-csv <story.json> <folder>`: the other way, one CSV file per sheet.
 * Nothing is written while the input has problems; each is listed with its place.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSheetProblem, sheetsToStory, storyToSheets } from '../src/open/csv-story';
import { describeJsonProblem, validateJsonText } from '../src/open/json-positions';

const USAGE =
  'usage: npm run convert -- <folder of CSV files> [out.json]\n' +
  '       npm run convert -- --to-csv <story.json> <folder>';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function toJson(folder: string, out: string): void {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.toLowerCase().endsWith('.csv'));
  } catch (error) {
    fail(`${folder}: cannot read it (${(error as Error).message})\n${USAGE}`);
  }
  if (names.length === 0) fail(`${folder}: no CSV files in it\n${USAGE}`);
  const result = sheetsToStory(
    names.sort().map((name) => ({ name, data: new Uint8Array(readFileSync(join(folder, name))) })),
  );
  for (const w of result.warnings) console.error(`warning: ${describeSheetProblem(w)}`);
  if (!result.ok) {
    console.error(`${folder}: ${result.errors.length} problem(s); nothing was written`);
    for (const p of result.errors) console.error(`  ${describeSheetProblem(p)}`);
    process.exit(1);
  }
  writeFileSync(out, `${JSON.stringify(result.story, null, 2)}\n`);
  const { events, entities, relations } = result.story;
  console.log(
    `${out}: written from ${names.length} sheets. ${events.length} events, ` +
      `${entities.length} entities, ${relations.length} relations.`,
  );
}

function toCsv(file: string, folder: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: cannot read it (${(error as Error).message})`);
  }
  const result = validateJsonText(text);
  if (!result.ok) {
    console.error(`${file}: ${result.errors.length} problem(s); nothing was written`);
    for (const p of result.errors) console.error(describeJsonProblem(file, p));
    process.exit(1);
  }
  mkdirSync(folder, { recursive: true });
  const sheets = storyToSheets(result.story);
  for (const sheet of sheets) writeFileSync(join(folder, sheet.name), sheet.text);
  console.log(`${folder}: written ${sheets.map((s) => s.name).join(', ')}`);
}

const args = process.argv.slice(2);
if (args[0] === '--to-csv') {
  if (!args[1] || !args[2]) fail(USAGE);
  toCsv(args[1], args[2]);
} else {
  if (!args[0] || args[0].startsWith('-')) fail(USAGE);
  toJson(args[0], args[1] ?? join(args[0], 'story.json'));
}
