/**
 * Prints the bundled story in one of its translations, as the build writes it
 * (src/model/write-built-translation.ts): `tsx scripts/write-built-translation.ts STORY
 * TRANSLATION`. Its own process, as the validator's (vite-validate-story.ts), so that the Vite
 * config does not import the app's TypeScript sources. Exits 1 with the translation's problems.
 */
import { readFileSync } from 'node:fs';
import type { Story } from '../src/model/schema';
import { writeBuiltTranslation } from '../src/model/write-built-translation';

const [storyFile, translationFile] = process.argv.slice(2);
if (!storyFile || !translationFile) {
  console.error('usage: tsx scripts/write-built-translation.ts STORY TRANSLATION');
  process.exit(2);
}
try {
  const story = JSON.parse(readFileSync(storyFile, 'utf8')) as Story;
  const translation: unknown = JSON.parse(readFileSync(translationFile, 'utf8'));
  process.stdout.write(writeBuiltTranslation(story, translation));
} catch (error) {
  console.error(`${translationFile}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
