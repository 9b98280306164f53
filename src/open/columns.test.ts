import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  STORY_FIELDS,
  columnLetter,
  matchHeader,
  sheetOfFile,
  type ListSheet,
} from './columns';

const README = readFileSync('data/README.md', 'utf8');
const SECTION = README.slice(README.indexOf('## 11. Writing a story in a spreadsheet'));

describe('the sheets and their columns', () => {
  it('are the ones data/README.md documents, in the same order', () => {
    const documented = Object.fromEntries(
      [...SECTION.matchAll(/^\| `(\w+)\.csv` +\| (`id`.*?) +\|$/gm)].map((m) => [
        m[1],
        [...m[2]!.matchAll(/`(\w+)`/g)].map((c) => c[1]),
      ]),
    );
    expect(documented).toEqual(COLUMNS);
    const fields = [...SECTION.matchAll(/^\| `(\$?\w+)` +\| (?:yes|no) +\| .*\|$/gm)].map(
      (m) => m[1],
    );
    expect(fields.sort()).toEqual([...STORY_FIELDS].sort());
  });

  it.each([
    ['events', 'Date note', 'dateNote'],
    ['events', 'claim_disputed_by', 'claimDisputedBy'],
    ['relations', 'Source 12', 'source12'],
    ['entities', 'QUOTE01', 'quote1'],
    ['events', 'Order', 'order'],
    ['terms', 'Forms', 'forms'],
    ['comparisons', 'Source 2', 'source2'],
  ] as [ListSheet, string, string][])('reads the %s header %j as %s', (sheet, header, column) => {
    expect(matchHeader(sheet, header)).toMatchObject({ column });
  });

  it('suggests the column a misspelt header meant, and knows no citations in sources.csv', () => {
    expect(matchHeader('events', 'sumary')).toEqual({ unknown: true, suggestion: 'summary' });
    expect(matchHeader('sources', 'quote1')).toEqual({ unknown: true });
  });

  it.each([
    ['events.csv', 'events'],
    ['A mini story - events.csv', 'events'],
    ['EVENTS.CSV', 'events'],
    ['C:\\Users\\ana\\relations.csv', 'relations'],
    ['story_relations.csv', 'relations'],
    ['A mini story - terms.csv', 'terms'],
    ['comparisons.csv', 'comparisons'],
    ['myevents.csv', undefined],
    ['events.xlsx', undefined],
  ])('finds the sheet of %j: %s', (name, sheet) => {
    expect(sheetOfFile(name)).toBe(sheet);
  });

  it('names columns by letter as spreadsheets do', () => {
    expect([0, 9, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'J',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
