/**
 * Writes the bundled story in one of its translations, for the build (built-translation.ts
 * says why). Apart from the reader, so that the page's script does not carry the translation's
 * validator.
 */
import type { BuiltTranslation } from './built-translation';
import type { Story } from './schema';
import { validateTranslation } from './translation';

/**
 * The story (valid: the build has validated it) in the language of `translation`, as the text
 * of one file. Throws with the translation's problems, as the build should stop on them.
 */
export function writeBuiltTranslation(story: Story, translation: unknown): string {
  const result = validateTranslation(story, translation);
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    throw new Error(`the translation is not valid:\n${problems}`);
  }
  const built: BuiltTranslation = {
    from: story.language,
    story: result.story,
    quotes: [...result.quotes],
  };
  return JSON.stringify(built);
}
