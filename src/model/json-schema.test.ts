import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from './json-schema';

describe('data/story.schema.json', () => {
  it('matches the schema defined in src/model/schema.ts (run `npm run schema` if not)', () => {
    const committed = readFileSync(
      new URL('../../data/story.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(storyJsonSchema());
  });
});
