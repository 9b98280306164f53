import { describe, expect, it } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { storyToSheets } from './csv-story';
import { placeOf, type OpenProblem } from './open-problem';
import { readStoryFiles, type OpenResult } from './read-files';
import { utf16 } from '../../tests/fixtures/hostile-stories';

const json = (text: string, name = 'mine.json') => ({ name, data: new TextEncoder().encode(text) });
const sheets = () => storyToSheets(miniStory()).map((s) => ({ name: s.name, data: s.text }));

function errorsOf(result: OpenResult): string[] {
  if (result.ok) throw new Error('expected problems, got a story');
  return result.errors.map((p) => `${placeOf(p, en)}: ${p.message}`);
}

describe('the files a reader opens', () => {
  it('reads one JSON file as a story', () => {
    const result = readStoryFiles([json(JSON.stringify(miniStory()))], en);
    expect(result.ok && result.story).toEqual(miniStory());
  });

  it('reads the CSV sheets of a story, in any order, as the same story', () => {
    const result = readStoryFiles(sheets().reverse(), en);
    expect(result.ok && result.story).toEqual(miniStory());
  });

  it('gives a JSON problem its line and column, a trailing comma at the comma', () => {
    const text = JSON.stringify(miniStory(), null, 2).replace(
      '"title": "A mini story",',
      '"title": "A mini story",,',
    );
    expect(errorsOf(readStoryFiles([json(text)], en))).toEqual([
      'mine.json, line 4, column 27: The file is not valid JSON at line 4, column 27: a field name must be text in double quotes.',
    ]);
  });

  it('gives a schema problem of a JSON file its line, column and path', () => {
    const story = miniStory();
    story.events[1]!.date.start = '1798-02-30';
    const result = readStoryFiles([json(JSON.stringify(story, null, 2))], en);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        file: 'mine.json',
        line: 101,
        column: 18,
        path: 'events[1].date.start',
        message: '"1798-02-30" does not exist: February 1798 has 28 days',
      },
    ]);
  });

  it('gives a problem of a sheet its file, row and column, and every problem at once', () => {
    const files = sheets().map((f) =>
      f.name === 'events.csv'
        ? { ...f, data: f.data.replace('2025-04-14,,,11:00', 'April 14,,,11:00') }
        : f.name === 'entities.csv'
          ? { ...f, data: f.data.replace('ben,Ben,,person', 'ben,Ben,,persn') }
          : f,
    );
    expect(errorsOf(readStoryFiles(files, en))).toEqual([
      "entities.csv, row 3, column kind: 'persn' is not one of person, organization, government-body, country, place, facility, law, group",
      "events.csv, row 2, column date: 'April 14' is not a date",
    ]);
  });

  it('keeps the warnings of a valid story apart from its errors', () => {
    const story = miniStory();
    story.entities.push({
      id: 'cleo',
      name: 'Cleo',
      kind: 'person',
      description: 'Nobody mentions her.',
      sources: [{ source: 'report', quote: 'Ana said' }],
    });
    const result = readStoryFiles([json(JSON.stringify(story))], en);
    expect(result.ok).toBe(true);
    // Cleo, and the mini story's alliance, which has neither dates nor events.
    expect(result.ok && result.warnings.map((w) => [w.path, w.line])).toEqual([
      ['entities[3]', 1],
      ['relations[1]', 1],
    ]);
  });

  it.each([
    [
      [json('{}', 'story.txt')],
      ['story.txt: not a story file: its name ends neither in .json nor in .csv'],
    ],
    [
      [json('{}', 'a.json'), json('{}', 'b.json')],
      ['the files: 2 JSON files were given; a story is one file'],
    ],
    [
      [json('{}', 'a.json'), ...sheets()],
      ['the files: a JSON file and CSV sheets were given together'],
    ],
    [[], ['the files: no file was given']],
  ])('refuses files that are not one story: %#', (files, errors) => {
    expect(errorsOf(readStoryFiles(files, en))).toEqual(errors);
  });

  it('says a JSON file that is not UTF-8 is not, rather than showing broken letters', () => {
    const latin1 = { name: 'mine.json', data: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]) };
    expect(errorsOf(readStoryFiles([latin1], en))).toEqual([
      'mine.json: the file is not UTF-8 text',
    ]);
  });
});

describe('where a problem is, in the reader’s words', () => {
  const places: [OpenProblem, string, string][] = [
    [
      { file: 'events.csv', row: 14, header: 'date', message: '' },
      'events.csv, row 14, column date',
      'events.csv, fila 14, columna date',
    ],
    [
      { file: 'story.csv', row: 6, field: 'language', message: '' },
      'story.csv, row 6 (language)',
      'story.csv, fila 6 (language)',
    ],
    [
      { file: 'story.csv', field: 'asOf', message: '' },
      'story.csv, field asOf',
      'story.csv, campo asOf',
    ],
    [
      { file: 'events.csv', header: 'summary', message: '' },
      'events.csv, column summary',
      'events.csv, columna summary',
    ],
    [
      { file: 'mine.json', line: 12, column: 5, path: 'events[3]', message: '' },
      'mine.json, line 12, column 5',
      'mine.json, línea 12, columna 5',
    ],
    [{ file: '', message: '' }, 'the files', 'los archivos'],
  ];
  it.each(places)('%j is at “%s” (“%s” in Spanish)', (p, english, spanish) => {
    expect(placeOf(p, en)).toBe(english);
    expect(placeOf(p, es)).toBe(spanish);
  });
});

describe('the encoding of a JSON file', () => {
  const MINI = JSON.stringify(miniStory(), null, 2);
  const UTF16 =
    'mine.json: this file is UTF-16 text; the explainer reads UTF-8 — Save it as UTF-8: in Notepad, File → Save As, Encoding UTF-8; in VS Code, click “UTF-16” in the status bar, then Save with Encoding, UTF-8.';
  const told = (result: OpenResult) =>
    result.ok ? 'a story' : result.errors.map((p) => `${placeOf(p, en)}: ${p.message} — ${p.fix}`);

  it('tells a UTF-16 file, little- or big-endian, to be saved as UTF-8', () => {
    for (const order of ['le', 'be'] as const) {
      expect(told(readStoryFiles([{ name: 'mine.json', data: utf16(MINI, order) }], en))).toEqual([
        UTF16,
      ]);
    }
  });

  it('tells it too when a link fetched it as text, decoded as UTF-8', () => {
    const fetched = new TextDecoder().decode(utf16(MINI, 'le'));
    expect(told(readStoryFiles([{ name: 'mine.json', data: fetched }], en))).toEqual([UTF16]);
  });

  it('reads a UTF-8 file with a byte-order mark as the same story', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(MINI)]);
    const result = readStoryFiles([{ name: 'mine.json', data: bom }], en);
    expect(result.ok && result.story).toEqual(miniStory());
  });

  it('refuses bytes that are not UTF-8', () => {
    const bad = new Uint8Array([...new TextEncoder().encode(MINI.slice(0, 20)), 0xc3, 0x28]);
    expect(told(readStoryFiles([{ name: 'mine.json', data: bad }], en))).toEqual([
      'mine.json: the file is not UTF-8 text — Save it again as UTF-8: most editors offer it when saving.',
    ]);
  });
});
