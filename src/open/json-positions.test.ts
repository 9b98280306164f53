import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import { validateJsonText, type JsonProblem } from './json-positions';

/** The mini story as an editor would save it, two spaces an indent (line 35 is Ana's name). */
const MINI = JSON.stringify(miniStory(), null, 2);

function errorsOf(text: string): JsonProblem[] {
  const result = validateJsonText(text);
  if (result.ok) throw new Error('expected problems, got a valid story');
  return result.errors;
}

describe('problems of a story file, with line and column', () => {
  it('puts a trailing comma at the comma itself, not at the end of the file', () => {
    const text = MINI.replace('"label": "Talks"', '"label": "Talks",');
    expect(errorsOf(text)).toEqual([
      {
        path: '',
        message: 'The file is not valid JSON at line 29, column 23: a comma before the closing }.',
        fix: 'Remove this comma: the last field has none after it.',
        line: 29,
        column: 23,
      },
    ]);
    expect(errorsOf('[1, 2,]')[0]).toMatchObject({ line: 1, column: 6 });
  });

  it('puts a missing comma just after the value it should follow', () => {
    const text = MINI.replace('"name": "Ana",', '"name": "Ana"');
    expect(errorsOf(text)).toEqual([
      {
        path: '',
        message: 'The file is not valid JSON at line 35, column 20: a comma is missing here.',
        fix: 'Add a comma (,) after this.',
        line: 35,
        column: 20,
      },
    ]);
  });

  it.each([
    ['{"a": "x', 'line 1, column 7: this text is never closed'],
    ["{'a': 1}", 'line 1, column 2: a field name must be text in double quotes'],
    ['{"a": \'x\'}', 'line 1, column 7: text in single quotes'],
    ['{"a": "x\ny"}', 'line 1, column 9: a line break inside text'],
    ['{\n  "a" 1\n}', 'line 2, column 7: a colon (:) is missing after "a"'],
    ['{"a": 1', 'line 1, column 8: the file ends before the closing }'],
    ['{} {}', 'line 1, column 4: more text after the end of the story'],
  ])('tells where %j breaks', (text, expected) => {
    expect(errorsOf(text)[0]!.message).toBe(`The file is not valid JSON at ${expected}.`);
  });

  it('puts schema problems at their place: the value, the unknown field, the object missing a field', () => {
    const text = MINI.replace('"name": "Ana"', '"nmae": "Ana"').replace(
      '"asOf": "2025-04-14"',
      '"asOf": "April 14"',
    );
    expect(errorsOf(text)).toEqual([
      {
        path: 'asOf',
        message: 'must be an ISO date of the form 1798, 2025-03 or 2025-04-14',
        line: 7,
        column: 11,
      },
      {
        path: 'entities[0].name',
        message: 'is missing: it must be text',
        line: 33,
        column: 5,
      },
      {
        path: 'entities[0]',
        message: 'has unknown field "nmae"',
        fix: 'Did you mean "name"?',
        line: 35,
        column: 7,
      },
    ]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(validateJsonText(`\uFEFF${MINI}`).ok).toBe(true);
  });

  it('gives warnings their lines too', () => {
    const result = validateJsonText(MINI);
    expect(result.ok && result.warnings).toEqual([
      {
        path: 'relations[1]',
        message:
          '"ana-allied-with-ben" has neither dates nor events, so it holds throughout the story',
        fix: 'If it did not, give it a start (and an end), or the events that show it.',
        line: 200,
        column: 5,
      },
    ]);
  });

  it('agrees with JSON.parse on what is valid, and places every syntax error (2,000 cases)', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.json().map((t) => t.slice(0, -1)),
      fc.json().map((t) => t.replace(/[\]}]$/, ',$&')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const result = validateJsonText(text);
        const syntax = !result.ok && result.errors[0]!.message.startsWith('The file is not valid');
        expect(syntax).toBe(!parses);
        if (syntax) expect(result.errors[0]!.line).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
