import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateStory } from './validate';
import type { Problem } from './story-text';
import type { Chapter, Story } from './schema';
import { miniStory } from '../../tests/fixtures/mini-story';

/** The mini story with two chapters: the law of 1798, then the meeting. */
function withChapters(): Story {
  const chapters: Chapter[] = [
    {
      id: 'the-law',
      title: 'The law',
      text: 'The Act became law in 1798.',
      sources: [{ source: 'ref', note: 'Signed 6 July 1798.' }],
      select: { kind: 'event', id: 'act-signed' },
      window: { from: '1798', to: '1798' },
      graphFocus: ['the-act'],
    },
    {
      id: 'the-meeting',
      title: 'The meeting',
      text: 'Ana met Ben on Monday.',
      sources: [{ source: 'report', quote: 'on Monday' }],
      select: { kind: 'entity', id: 'ben' },
      window: { from: '2025-04-14', to: '2025-04-14' },
    },
  ];
  return { ...miniStory(), chapters };
}

function problemsOf(mutate: (chapters: Chapter[]) => void): Problem[] {
  const story = withChapters();
  mutate(story.chapters!);
  const result = validateStory(JSON.parse(JSON.stringify(story)));
  if (result.ok) throw new Error('expected problems, got a valid story');
  return result.problems;
}

describe('chapters in the story format', () => {
  it('accepts chapters that select, window and frame, or only tell', () => {
    expect(validateStory(withChapters()).ok).toBe(true);
    const story = withChapters();
    story.chapters!.push({
      id: 'words-only',
      title: 'Words only',
      text: 'A step with text and nothing else.',
      sources: [{ source: 'report', quote: 'Ana said' }],
    });
    expect(validateStory(story).ok).toBe(true);
  });

  it('reports unknown ids in select, graphFocus and sources, with the nearest id', () => {
    const problems = problemsOf((c) => {
      c[0]!.select = { kind: 'event', id: 'act-sined' };
      c[0]!.graphFocus = ['the-act', 'benn'];
      c[1]!.sources[0]!.source = 'reprt';
      c[1]!.select = { kind: 'relation', id: 'ana-invoked-ac' };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'chapters[0].select.id',
          message: 'unknown event "act-sined"',
          fix: 'Did you mean "act-signed"?',
        },
        {
          path: 'chapters[0].graphFocus[1]',
          message: 'unknown entity "benn"',
          fix: 'Did you mean "ben"?',
        },
        {
          path: 'chapters[1].sources[0].source',
          message: 'unknown source "reprt"',
          fix: 'Did you mean "report"?',
        },
        {
          path: 'chapters[1].select.id',
          message: 'unknown relation "ana-invoked-ac"',
          fix: 'Did you mean "ana-invoked-act"?',
        },
      ]),
    );
  });

  it('looks a selected id up in the list its kind names', () => {
    // "ana" is an entity, not an event.
    const problems = problemsOf((c) => (c[1]!.select = { kind: 'event', id: 'ana' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'chapters[1].select.id', message: 'unknown event "ana"' }),
    );
  });

  it('reports a kind that is not an item, with the nearest kind', () => {
    const problems = problemsOf((c) => {
      (c[1]!.select as { kind: string }).kind = 'entiy';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'chapters[1].select.kind', fix: 'Did you mean "entity"?' }),
    );
  });

  it('says a missing kind is missing, naming the kinds', () => {
    const problems = problemsOf((c) => {
      delete (c[1]!.select as Partial<NonNullable<Chapter['select']>>).kind;
    });
    expect(problems).toEqual([
      {
        path: 'chapters[1].select.kind',
        message: 'is missing: it must be one of "entity", "event", "relation"',
      },
    ]);
  });

  it('reports duplicate chapter ids', () => {
    const problems = problemsOf((c) => (c[1]!.id = 'the-law'));
    expect(problems).toContainEqual({
      path: 'chapters[1].id',
      message: 'duplicate id "the-law": chapters[0] has it too',
      fix: 'Give each item its own id.',
    });
  });

  it('reads a window as whole years, months or days, both ends included', () => {
    // Each pair is accepted: the window runs from the start of `from` to the end of `to`.
    const valid: [string, string][] = [
      ['1798', '1798'],
      ['2025-03', '2025-03'],
      ['2025-04-14', '2025-04-14'],
      ['2025-04-14', '2025-04'],
      ['2025-04', '2025-04-01'],
      ['2025', '2025-01-01'],
      ['1798-07-06', '2025'],
    ];
    for (const [from, to] of valid) {
      const story = withChapters();
      story.chapters![1]!.window = { from, to };
      story.chapters![1]!.select = undefined;
      expect(validateStory(story).ok, `${from} to ${to}`).toBe(true);
    }
  });

  it('reports a window that ends before it starts, at its end', () => {
    const backwards: [string, string][] = [
      ['2025-04', '2025-03'],
      ['2025-04-14', '2025-04-13'],
      ['2025-04', '2025-03-31'],
      ['2026', '2025-12-31'],
    ];
    for (const [from, to] of backwards) {
      const problems = problemsOf((c) => {
        c[1]!.window = { from, to };
        delete c[1]!.select;
      });
      expect(problems, `${from} to ${to}`).toEqual([
        {
          path: 'chapters[1].window.to',
          message: `the window ends (${to}) before it starts (${from})`,
          fix: 'Swap from and to, or correct one of them.',
        },
      ]);
    }
  });

  it('reports impossible and non-ISO dates in a window', () => {
    const problems = problemsOf((c) => (c[1]!.window = { from: '2025-02-30', to: 'April 14' }));
    expect(problems.map((p) => p.path)).toEqual([
      'chapters[1].window.to',
      'chapters[1].window.from',
    ]);
    expect(problems[1]!.message).toMatch(/30/);
    expect(problems[0]!.message).toMatch(/ISO date/);
  });

  it("reports a selected event outside the chapter's window", () => {
    const problems = problemsOf((c) => (c[0]!.window = { from: '2025-03', to: '2025-04' }));
    expect(problems).toEqual([
      {
        path: 'chapters[0].select.id',
        message: `the event "act-signed" falls outside the chapter's window (2025-03 to 2025-04)`,
        fix: "Widen the window to the event's date, or select another item.",
      },
    ]);
  });

  it('reports an empty graphFocus, a missing text and an unknown field', () => {
    const problems = problemsOf((c) => {
      c[0]!.graphFocus = [];
      (c[1] as Partial<Chapter>).text = undefined;
      (c[1] as unknown as Record<string, unknown>).titel = 'x';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'chapters[0].graphFocus' }),
        { path: 'chapters[1].text', message: 'is missing: it must be text' },
        expect.objectContaining({ path: 'chapters[1]', fix: 'Did you mean "title"?' }),
      ]),
    );
  });

  it('returns problems, never exceptions, when any chapter field is arbitrary JSON (500 cases)', () => {
    const keys = ['id', 'title', 'text', 'sources', 'select', 'window', 'graphFocus'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const story = withChapters() as unknown as { chapters: Record<string, unknown>[] };
        story.chapters[0]![key] = value;
        const result = validateStory(story);
        if (!result.ok) {
          expect(result.problems.some((p) => /internal validator error/.test(p.message))).toBe(
            false,
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
