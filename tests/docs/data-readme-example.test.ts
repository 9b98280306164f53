import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/model/validate';

/** The JSON block of data/README.md's section 10, which says of itself "This file is valid". */
function minimalExample(): unknown {
  const readme = readFileSync('data/README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## 10.'), readme.indexOf('## 11.'));
  const json = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!json) throw new Error('data/README.md §10 has no ```json block');
  return JSON.parse(json[1]!);
}

describe('the minimal example in data/README.md', () => {
  it('is valid, as it says, and shows a time and a glossary term', () => {
    const result = validateStory(minimalExample());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.story.events[0]!.date.time).toBe('10:00');
    expect(result.story.terms?.map((t) => t.term)).toEqual(['council']);
  });
});
