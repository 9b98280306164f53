import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateStory, validateStoryText } from './validate';
import { miniStory } from '../../tests/fixtures/mini-story';

const INTERNAL = /internal validator error/;

function assertProblemsNotExceptions(result: ReturnType<typeof validateStory>): boolean {
  if (result.ok) return true;
  return result.problems.length > 0 && result.problems.every((p) => !INTERNAL.test(p.message));
}

describe('the validator on arbitrary input', () => {
  it('returns problems, never exceptions, for any JSON value (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(assertProblemsNotExceptions(validateStory(value))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns problems, never exceptions, for any text (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(assertProblemsNotExceptions(validateStoryText(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws when any field of a valid story is replaced by arbitrary JSON (1,000 cases)', () => {
    const story = miniStory() as unknown as Record<string, unknown>;
    const paths = collectPaths(story);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(story);
        setAt(copy, path, value);
        expect(assertProblemsNotExceptions(validateStory(copy))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

function collectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => collectPaths((value as Record<string, unknown>)[k], [...prefix, k])),
  ];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
}
