import { describe, expect, it } from 'vitest';
import { validateStory, validateStoryText } from './validate';
import type { Problem } from './story-text';
import type { Story } from './schema';
import { miniStory } from '../../tests/fixtures/mini-story';

function problemsOf(mutate: (story: Story) => void): Problem[] {
  const story = miniStory();
  mutate(story);
  const result = validateStory(JSON.parse(JSON.stringify(story)));
  if (result.ok) throw new Error('expected problems, got a valid story');
  return result.problems;
}

describe('the validator', () => {
  it('accepts a valid story and returns it typed and indexed', () => {
    const result = validateStory(miniStory());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.index.eventsInOrder.map((e) => e.id)[0]).toBe('act-signed');
  });

  it('reports invalid JSON with its line and column', () => {
    const result = validateStoryText('{\n  "id": "x",\n  "title" "missing colon"\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.message).toMatch(/not valid JSON at line 3, column 11/);
    }
  });

  it('reports a truncated file at its end', () => {
    const result = validateStoryText('{\n  "id": "x",');
    expect(!result.ok && result.problems[0]!.message).toMatch(/line 2/);
  });

  it('reports missing fields and wrong types at their place', () => {
    const problems = problemsOf((s) => {
      delete (s.events[1] as Partial<Story['events'][number]>).summary;
      (s.entities[0] as unknown as { name: number }).name = 42;
    });
    expect(problems).toContainEqual({
      path: 'events[1].summary',
      message: 'is missing: it must be text',
    });
    expect(problems).toContainEqual({
      path: 'entities[0].name',
      message: 'must be text, not number 42',
    });
  });

  it('suggests the right field for a misspelled one', () => {
    const problems = problemsOf((s) => {
      (s.entities[0] as unknown as Record<string, unknown>).descripton = 'typo';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'entities[0]', fix: 'Did you mean "description"?' }),
    );
  });

  it('suggests the right kind for a misspelled enum value', () => {
    const problems = problemsOf((s) => {
      (s.entities[0] as unknown as { kind: string }).kind = 'persn';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'entities[0].kind', fix: 'Did you mean "person"?' }),
    );
  });

  it('reports duplicate ids, naming the first holder', () => {
    const problems = problemsOf((s) => {
      s.entities[1]!.id = 'ana';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'entities[1].id',
        message: 'duplicate id "ana": entities[0] has it too',
      }),
    );
  });

  it('reports an unknown entity and suggests the closest id', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.entities[1]!.id = 'benn';
    });
    expect(problems).toContainEqual({
      path: 'events[0].entities[1].id',
      message: 'unknown entity "benn"',
      fix: 'Did you mean "ben"?',
    });
  });

  it('reports unknown events, sources, categories and claimants', () => {
    const problems = problemsOf((s) => {
      s.relations[0]!.events = ['act-invokd'];
      s.entities[2]!.sources[0]!.source = 'nowhere';
      s.events[0]!.category = 'tlaks';
      s.events[2]!.claim!.disputedBy = ['zed'];
      s.relations[1]!.to = 'nobody';
    });
    const where = problems.map((p) => `${p.path}: ${p.message}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'relations[0].events[0]: unknown event "act-invokd"',
        'entities[2].sources[0].source: unknown source "nowhere"',
        'events[0].category: unknown category "tlaks"',
        'events[2].claim.disputedBy[0]: unknown entity "zed"',
        'relations[1].to: unknown entity "nobody"',
      ]),
    );
    expect(problems.find((p) => p.path === 'events[0].category')?.fix).toBe(
      'Did you mean "talks"?',
    );
  });

  it('reports impossible dates and dates that are not ISO', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.date.start = '2025-02-30';
      s.events[1]!.date.start = 'April 14';
    });
    expect(problems).toContainEqual({
      path: 'events[0].date.start',
      message: '"2025-02-30" does not exist: February 2025 has 28 days',
    });
    expect(problems).toContainEqual({
      path: 'events[1].date.start',
      message: 'must be an ISO date of the form 1798, 2025-03 or 2025-04-14',
    });
  });

  it('reports an end before its start, but accepts an end within the start month', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.date.end = '2025-04-13';
      s.relations[0]!.end = '2024';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].date.end',
        message: 'ends (2025-04-13) before it starts (2025-04-14)',
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ path: 'relations[0].end' }));
    const story = miniStory();
    story.events[0]!.date = { start: '2025-03-15', end: '2025-03', basis: 'stated' };
    expect(validateStory(story).ok).toBe(true);
  });

  it('accepts a time or an order on a single day, and an uncertain end on a span', () => {
    const story = miniStory();
    story.events[0]!.date = { ...story.events[0]!.date, time: '17:26', order: 2 };
    story.events[1]!.date = {
      start: '1798-07',
      end: '1798-08',
      approximate: 'end',
      basis: 'reference',
    };
    expect(validateStory(story).ok).toBe(true);
  });

  it('reports a time or order on a date that is not one day, and an uncertain end of no span', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.date = { start: '2025-04-14', end: '2025-04-15', basis: 'stated', order: 1 };
      s.events[1]!.date = { start: '1798-07', basis: 'reference', time: '09:00' };
      s.events[2]!.date.approximate = 'start';
    });
    expect(problems).toContainEqual({
      path: 'events[0].date.order',
      message: '"order" places an event within one day, but this date is not a single day',
      fix: 'Give the full day (2025-03-15) without an end, or remove it.',
    });
    expect(problems).toContainEqual(expect.objectContaining({ path: 'events[1].date.time' }));
    expect(problems).toContainEqual({
      path: 'events[2].date.approximate',
      message: 'approximate "start" needs a span, but this date has no end',
      fix: 'Give an end, or write approximate: true.',
    });
  });

  it('says an order must be a whole number, and adds nothing to an unreadable date', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.date.order = 1.5;
      s.events[2]!.date.order = 2 ** 60;
      s.events[1]!.date = { start: 'July 1798', basis: 'reference', order: 1 };
      s.comparisons = [
        {
          id: 'c',
          topic: 'T',
          verdict: 'agree',
          summary: 'S.',
          reports: [
            { source: 'report', quote: 'q' },
            { source: 'nope', note: 'n' },
          ],
        },
      ];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].date.order',
        message: 'must be a whole number, not number 1.5',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[2].date.order',
        message: 'is too large: it must be at most 9007199254740991',
      }),
    );
    expect(problems.filter((p) => p.path.startsWith('events[1].date'))).toEqual([
      expect.objectContaining({ path: 'events[1].date.start' }),
    ]);
    expect(problems.filter((p) => p.path.startsWith('comparisons[0].reports[1]'))).toEqual([
      expect.objectContaining({ message: 'unknown source "nope"' }),
    ]);
  });

  it('reports a time that is not HH:MM and an order below 1', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.date.time = '5:26 PM';
      s.events[0]!.date.order = 0;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].date.time',
        message: 'must be a 24-hour time such as "17:26"',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'events[0].date.order', message: 'must be 1 or more' }),
    );
  });

  it('checks a glossary term’s citations and a duplicate term id', () => {
    const term = {
      id: 'act',
      term: 'Act',
      definition: 'A law.',
      sources: [{ source: 'nope', note: 'x' }],
    };
    const problems = problemsOf((s) => {
      s.terms = [term, { ...term, sources: [{ source: 'ref', note: 'A law.' }] }];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'terms[0].sources[0].source',
        message: 'unknown source "nope"',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'terms[1].id',
        message: 'duplicate id "act": terms[0] has it too',
      }),
    );
  });

  it('requires a comparison to cite every report once, and nothing but reports', () => {
    const point = {
      id: 'fee',
      topic: 'The fee',
      verdict: 'one-only' as const,
      summary: 'Only the report names it.',
      reports: [{ source: 'report', quote: 'a fee' }],
    };
    const story = miniStory();
    story.comparisons = [point];
    expect(validateStory(story).ok).toBe(true);

    const problems = problemsOf((s) => {
      s.sources.push({ id: 'second', kind: 'report', title: 'B', description: 'B.' });
      s.comparisons = [
        point,
        {
          ...point,
          id: 'twice',
          reports: [point.reports[0]!, point.reports[0]!, { source: 'ref', note: 'x' }],
        },
      ];
    });
    expect(problems).toContainEqual({
      path: 'comparisons[0].reports',
      message: 'does not cite the report "second"',
      fix: 'Cite it once: a quote where it speaks to the point, a note where it is silent.',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'comparisons[1].reports',
        message: 'cites the report "report" 2 times',
      }),
    );
    expect(problems).toContainEqual({
      path: 'comparisons[1].reports[2].source',
      message: '"ref" is not a report: a comparison cites only sources of kind "report"',
    });
  });

  it('reports a relation from an entity to itself', () => {
    const problems = problemsOf((s) => {
      s.relations[0]!.to = 'ana';
    });
    expect(problems).toContainEqual({
      path: 'relations[0].to',
      message: 'a relation cannot go from an entity to itself ("ana")',
    });
  });

  it('reports an empty quote and a citation with neither quote nor note', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.sources[0]!.quote = '  ';
      s.events[1]!.sources[0] = { source: 'ref' };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].sources[0].quote',
        message: 'the quote is empty',
      }),
    );
    expect(problems).toContainEqual({
      path: 'events[1].sources[0]',
      message: 'a citation needs a "quote" from the source or a "note"',
    });
  });

  it('reports a quote longer than 300 characters and an id that is not a slug', () => {
    const problems = problemsOf((s) => {
      s.events[0]!.sources[0]!.quote = 'x'.repeat(301);
      s.entities[0]!.id = 'Ana Smith';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'events[0].sources[0].quote',
        message: 'must be at most 300 characters',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'entities[0].id',
        message: expect.stringMatching(/kebab-case/),
      }),
    );
  });

  it('refuses a file too large to be a story, before parsing it', () => {
    const text = `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    const result = validateStoryText(text);
    expect(!result.ok && result.problems).toEqual([
      {
        path: '',
        message: 'The file is 5.0 MB; a story can be at most 5 MB.',
        fix: 'Split it into several stories.',
      },
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsOf((s) => {
      s.entities[1]!.id = 'ana';
      s.events[0]!.date.start = '2025-02-30';
      s.relations[0]!.to = 'ana';
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('says what a non-object file is', () => {
    const result = validateStoryText('[1, 2]');
    expect(!result.ok && result.problems.map((p) => p.message)).toContain(
      'The story must be a JSON object, not a list.',
    );
  });
});
