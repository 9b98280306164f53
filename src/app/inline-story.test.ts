import { describe, expect, it } from 'vitest';
import { loadBundledStory } from './inline-story';

/**
 * The story as the sandboxed embed and the single offline file read it: packed into the
 * script at build time, unpacked in the page. It must be the same story, in both languages.
 */
describe('the story carried inside the script', () => {
  it('unpacks to the bundled story, valid, with its 42 events', async () => {
    const outcome = await loadBundledStory();
    expect(outcome.ok ? outcome.story.events.length : outcome.problems).toBe(42);
    expect(outcome.ok && outcome.story.language).toBe('en');
  });

  it('gives a Spanish reader the Spanish story, its quotes translated beside the originals', async () => {
    const outcome = await loadBundledStory((languages) => (languages.includes('es') ? 'es' : 'en'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.story.language).toBe('es');
    expect(
      outcome.story.events.find((e) => e.id === 'trump-bukele-white-house-meeting')?.title,
    ).toMatch(/Casa Blanca/);
    expect(outcome.translation?.quotes.size).toBeGreaterThan(0);
  });
});
