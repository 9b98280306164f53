import { describe, expect, it } from 'vitest';
import { validateStory, validateStoryText, MAX_LISTED } from './validate';
import { problemCount, type Problem } from './story-text';
import type { Story } from './schema';
import { miniStory } from '../../tests/fixtures/mini-story';
import {
  emptyStory,
  manyEventsStory,
  manyProblemsStory,
  prototypeStory,
  twiceListedStory,
} from '../../tests/fixtures/hostile-stories';

function problemsOf(story: Story): Problem[] {
  const result = validateStory(JSON.parse(JSON.stringify(story)));
  if (result.ok) throw new Error('expected problems, got a valid story');
  return result.problems;
}

function mutated(mutate: (story: Story) => void): Story {
  const story = miniStory();
  mutate(story);
  return story;
}

describe('stories that once broke the explainer', () => {
  it('accepts entities called constructor, prototype and to-string, and indexes them', () => {
    const result = validateStory(prototypeStory());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.index.entityById.get('constructor')?.name).toBe('Ana');
    expect(result.index.eventsOfEntity.get('constructor')).toEqual([
      'act-invoked',
      'talks',
      'meeting',
    ]);
    expect(result.index.neighboursOfEntity.get('prototype')).toEqual(['constructor']);
    expect(result.index.eventsOfEntity.get('has-own-property')).toBeUndefined();
  });

  it('refuses an event that lists the same entity twice, naming both places', () => {
    expect(problemsOf(twiceListedStory())).toEqual([
      {
        path: 'events[0].entities[2]',
        message: 'names the entity "ana" twice: [0] names it too',
        fix: 'Name each entity once; put both roles in one.',
      },
    ]);
  });

  it('refuses an entity twice in a claim, an event twice in a relation, a focus twice', () => {
    const story = mutated((s) => {
      s.events[2]!.claim!.by = ['ana', 'ana'];
      s.relations[0]!.events = ['act-invoked', 'act-invoked'];
    });
    expect(problemsOf(story).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'events[2].claim.by[1]: names the entity "ana" twice: [0] names it too',
      'relations[0].events[1]: names the event "act-invoked" twice: [0] names it too',
    ]);
  });

  it('accepts a story with no events, no relations, or no entities at all', () => {
    expect(validateStory(emptyStory(['events'])).ok).toBe(true);
    expect(validateStory(emptyStory(['relations'])).ok).toBe(true);
    expect(validateStory(emptyStory(['entities', 'events'])).ok).toBe(true);
  });
});

describe('text that could break the page or speak for it', () => {
  it('limits titles, names and labels, saying the limit', () => {
    const story = mutated((s) => {
      s.title = 'T'.repeat(301);
      s.entities[0]!.name = 'N'.repeat(121);
      s.relations[0]!.label = 'L'.repeat(121);
      s.events[0]!.summary = 'S'.repeat(5001);
      s.entities[1]!.id = 'b'.repeat(81);
    });
    expect(problemsOf(story).map((p) => `${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'title: must be at most 300 characters',
        'entities[0].name: must be at most 120 characters',
        'relations[0].label: must be at most 120 characters',
        'events[0].summary: must be at most 5000 characters',
        'entities[1].id: must be at most 80 characters',
      ]),
    );
  });

  it('refuses a name of only a zero-width space, and a title with a right-to-left override', () => {
    const story = mutated((s) => {
      s.entities[0]!.name = '\u200b';
      s.events[0]!.title = 'Ana meets \u202eneB';
    });
    expect(problemsOf(story).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'entities[0].name: must have a visible character: a letter, a digit, a mark or a symbol',
      'events[0].title: must not hold a bidirectional control character (U+202A–U+202E, U+2066–U+2069): it would reverse the text after it',
    ]);
  });

  it('keeps names in any script, with the marks right-to-left text needs', () => {
    const story = mutated((s) => {
      s.entities[0]!.name = 'نجيب بوكيلة\u200f';
      s.entities[1]!.name = '李明';
      s.entities[2]!.name = '§ 21';
    });
    expect(validateStory(story).ok).toBe(true);
  });
});

// Generating and validating thousands of items takes seconds on a busy machine: the times are
// measured by scripts/bench-validate.ts, not asserted here.
describe('budgets instead of hangs', { timeout: 60_000 }, () => {
  it('lists the first problems of a file with 28,000 and counts the rest', () => {
    const problems = problemsOf(manyProblemsStory(28_000));
    expect(problems).toHaveLength(MAX_LISTED + 1);
    expect(problems[0]).toEqual({
      path: 'events[0].category',
      message: 'unknown category "no-such-category-0"',
      fix: 'Add it to "categories" or use an existing id.',
    });
    expect(problems[1]).toEqual({
      path: 'events[0].entities[0].id',
      message: 'unknown entity "a-rather-long-entity-id-numbr-0x"',
      fix: 'Did you mean "a-rather-long-entity-id-number-0"?',
    });
    expect(problems.at(-1)).toEqual({
      path: '',
      message: 'and 27,700 more problems, not listed',
      fix: 'Fix the problems above first, then check the file again.',
      more: 27_700,
    });
    // A heading counts them all: 300 listed and 27,700 more, not 301.
    expect(problemCount(problems)).toBe(28_000);
  });

  it('refuses 30,000 events at once, naming the limit', () => {
    expect(problemsOf(manyEventsStory(30_000))).toEqual([
      {
        path: 'events',
        message: 'has 30,000 events; a story can have at most 20,000',
        fix: 'Split it into several stories, or leave out what the story does not need.',
      },
    ]);
  });

  it('gives no suggestion for an id of 100,000 characters, and answers at once', () => {
    const story = mutated((s) => (s.events[0]!.entities[0]!.id = 'a'.repeat(100_000)));
    const problems = problemsOf(story);
    expect(problems.map((p) => p.path)).toEqual([
      'events[0].entities[0].id',
      'events[0].entities[0].id',
    ]);
    expect(problems[0]!.message).toBe('must be at most 80 characters');
  });

  it('reads a file of exactly 20,000 events', () => {
    const result = validateStoryText(JSON.stringify(manyEventsStory(20_000)));
    expect(result.ok).toBe(true);
  });
});
