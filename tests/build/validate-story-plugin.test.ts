import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundledStory } from '../../scripts/vite-validate-story';

/** Runs the plugin's build hook on a file, as `vite build` does, and says what it reported. */
function buildWith(file: string): { error?: string; warnings: string[] } {
  const plugin = validateBundledStory(file);
  const reported: { error?: string; warnings: string[] } = { warnings: [] };
  const context = {
    error(message: string): never {
      reported.error = message;
      throw new Error(message);
    },
    warn(message: string) {
      reported.warnings.push(message);
    },
  };
  try {
    (plugin.buildStart as (this: typeof context) => void).call(context);
  } catch {
    // The error is what the build prints; it is returned above.
  }
  return reported;
}

describe('the build of a story', () => {
  it('goes ahead with the bundled story, which is valid', () => {
    expect(buildWith('data/story.json').error).toBeUndefined();
  }, 30_000);

  it('stops on a broken story with the validator’s messages, line and column included', () => {
    const { error } = buildWith('tests/fixtures/broken-story.json');
    expect(error).toContain('the story is not valid, so nothing was built.');
    expect(error).toContain('2 problem(s)');
    expect(error).toMatch(
      /broken-story\.json:\d+:\d+ events\[0\]\.date\.start: "2025-02-30" does not exist/,
    );
    expect(error).toContain('events[1].category: unknown category "nope"');
  }, 30_000);

  it('stops on a story the validator would change, since the page does not validate it again', () => {
    const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
    story.events[0].title = `${story.events[0].title} `;
    const file = join(mkdtempSync(join(tmpdir(), 'story-')), 'story.json');
    writeFileSync(file, JSON.stringify(story));
    const { error } = buildWith(file);
    expect(error).toContain('the story is not valid, so nothing was built.');
    expect(error).toContain(
      'the validator would change it: some text has spaces at its start or end',
    );
  }, 30_000);
});
