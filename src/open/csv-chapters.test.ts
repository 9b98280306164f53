import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import type { Story } from '../model/schema';
import { describeSheetProblem, sheetsToStory, storyToSheets } from './csv-story';

type Files = Record<string, string>;

/** The mini story told in two steps: one that selects, windows and frames, one of text only. */
function withChapters(): Story {
  return {
    ...miniStory(),
    chapters: [
      {
        id: 'the-law',
        title: 'The law',
        text: 'The Act became law in 1798; it is old.',
        sources: [
          { source: 'ref', note: 'Signed 6 July 1798.' },
          { source: 'report', quote: 'in March' },
        ],
        select: { kind: 'event', id: 'act-signed' },
        window: { from: '1798', to: '1798' },
        graphFocus: ['the-act', 'ana'],
      },
      {
        id: 'words-only',
        title: 'Words only',
        text: 'A step, "quoted", with text and nothing else.',
        sources: [{ source: 'report', quote: 'Ana said' }],
      },
    ],
  };
}

const filesOf = (story: Story): Files =>
  Object.fromEntries(storyToSheets(story).map((s) => [s.name, s.text]));

const read = (files: Files) =>
  sheetsToStory(Object.entries(files).map(([name, data]) => ({ name, data })));

function errorsOf(files: Files): string[] {
  const result = read(files);
  if (result.ok) throw new Error('expected problems, got a valid story');
  return result.errors.map(describeSheetProblem);
}

/** The chapters sheet with one cell changed: `row` counts as the spreadsheet does (header 1). */
function withCell(row: number, column: string, value: string): Files {
  const files = filesOf(withChapters());
  const rows = Papa.parse<string[]>(files['chapters.csv']!.replace(/^\uFEFF/, '')).data;
  rows[row - 1]![rows[0]!.indexOf(column)] = value;
  return { ...files, 'chapters.csv': Papa.unparse(rows) };
}

describe('chapters in a spreadsheet', () => {
  it('writes the chapters as chapters.csv, a step a row, in order', () => {
    const files = filesOf(withChapters());
    expect(Object.keys(files).at(-1)).toBe('chapters.csv');
    expect(files['chapters.csv']!.split('\r\n')).toEqual([
      '\uFEFFid,title,text,selectKind,selectId,from,to,graphFocus,source1,quote1,note1,source2,quote2,note2',
      'the-law,The law,The Act became law in 1798; it is old.,event,act-signed,1798,1798,the-act; ana,ref,,Signed 6 July 1798.,report,in March,',
      'words-only,Words only,"A step, ""quoted"", with text and nothing else.",,,,,,report,Ana said,,,,',
      '',
    ]);
  });

  it('reads them back unchanged: JSON → CSV → JSON', () => {
    const result = read(filesOf(withChapters()));
    expect(result.ok && result.story).toEqual(withChapters());
  });

  it('leaves chapters out of a story whose sheets have no chapters.csv', () => {
    const files = filesOf(withChapters());
    delete files['chapters.csv'];
    const result = read(files);
    expect(result.ok && 'chapters' in result.story).toBe(false);
  });

  it('says where a chapter is wrong, by row and column', () => {
    expect(errorsOf(withCell(2, 'selectId', 'act-sined'))).toEqual([
      'chapters.csv, row 2, column selectId: unknown event "act-sined"; did you mean "act-signed"?',
    ]);
    expect(errorsOf(withCell(2, 'graphFocus', 'the-act; benn'))).toEqual([
      'chapters.csv, row 2, column graphFocus: unknown entity "benn"; did you mean "ben"?',
    ]);
    expect(errorsOf(withCell(2, 'from', '1799'))).toEqual([
      'chapters.csv, row 2, column to: the window ends (1798) before it starts (1799); swap from and to, or correct one of them',
    ]);
    expect(errorsOf(withCell(2, 'to', 'July 6 1798'))).toEqual([
      "chapters.csv, row 2, column to: 'July 6 1798' is not a date; write 1798-07-06",
    ]);
    expect(errorsOf(withCell(2, 'selectKind', 'evnt'))).toEqual([
      'chapters.csv, row 2, column selectKind: \'evnt\' is not one of entity, event, relation; did you mean "event"?',
    ]);
  });

  it('asks for the other cell of a pair given alone', () => {
    expect(errorsOf(withCell(2, 'to', ''))).toEqual([
      'chapters.csv, row 2, column to: the cell is empty; fill it in',
    ]);
    expect(errorsOf(withCell(3, 'selectId', 'ana'))).toEqual([
      'chapters.csv, row 3, column selectKind: the cell is empty; fill it in',
    ]);
  });
});
