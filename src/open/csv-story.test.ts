import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { miniStory } from '../../tests/fixtures/mini-story';
import type { Story } from '../model/schema';
import { describeSheetProblem, sheetsToStory, storyToSheets, type SheetsResult } from './csv-story';

type Files = Record<string, string>;

const filesOf = (story: Story): Files =>
  Object.fromEntries(storyToSheets(story).map((s) => [s.name, s.text]));

const read = (files: Files): SheetsResult =>
  sheetsToStory(Object.entries(files).map(([name, data]) => ({ name, data })));

function errorsOf(files: Files): string[] {
  const result = read(files);
  if (result.ok) throw new Error('expected problems, got a valid story');
  return result.errors.map(describeSheetProblem);
}

/** The mini story with a time, an order, an uncertain end, a term and a comparison, set here. */
function withExtras(): Story {
  const story = miniStory();
  story.events[0]!.date.time = '11:00';
  story.events[1]!.date.order = 1;
  story.events[2]!.date = { start: '2025-03', end: '2025-04', approximate: 'end', basis: 'stated' };
  story.terms = [
    {
      id: 'invoke',
      term: 'invoke',
      forms: ['invokes', 'invoked'],
      definition: 'To use a power that a law gives.',
      sources: [{ source: 'ref', note: 'Says so, of the Act.' }],
    },
  ];
  story.comparisons = [
    {
      id: 'meeting-day',
      topic: 'The day they met',
      verdict: 'one-only',
      summary: 'Only the report gives the day.',
      reports: [{ source: 'report', quote: 'on Monday' }],
    },
  ];
  return story;
}

/** The same sheets as a spreadsheet with semicolons writes them. */
const withSemicolons = (files: Files): Files =>
  Object.fromEntries(
    Object.entries(files).map(([name, text]) => [
      name,
      Papa.unparse(Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data, { delimiter: ';' }),
    ]),
  );

describe('a story as spreadsheets', () => {
  it('writes the mini story as these sheets', () => {
    const files = filesOf(miniStory());
    expect(Object.keys(files)).toEqual([
      'story.csv',
      'sources.csv',
      'categories.csv',
      'entities.csv',
      'events.csv',
      'relations.csv',
      'terms.csv',
      'comparisons.csv',
    ]);
    expect(files['story.csv']).toBe(
      '\uFEFFfield,value\r\nschemaVersion,1\r\nid,mini-story\r\ntitle,A mini story\r\n' +
        'summary,"Two people, a law and a court."\r\nlanguage,en\r\nasOf,2025-04-14\r\n',
    );
    expect(files['events.csv']!.split('\r\n')).toEqual([
      '\uFEFFid,title,shortTitle,date,end,approximate,time,order,basis,dateNote,summary,category,entities,note,claimBy,claimDisputedBy,claimStatus,claimNote,source1,quote1,note1',
      'meeting,Ana meets Ben,,2025-04-14,,,11:00,,inferred,"The report says ""Monday"".",They met.,talks,ana; ben,,,,,,report,on Monday,',
      'act-signed,The Act signed,,1798-07-06,,,,1,reference,,The Act became law.,law,the-act,,,,,,ref,,Signed 6 July 1798.',
      'act-invoked,Ana invokes the Act,,2025-03,,true,,,stated,,Ana invoked it.,law,ana (invoker); the-act,,ana,ben,disputed,Ben disagrees.,report,in March,',
      'talks,Ana and Ben hold talks,,2025-03-20,2025-04-10,end,,,stated,,They talked for weeks.,talks,ana; ben,,,,,,report,weeks of talks,',
      '',
    ]);
    expect(files['terms.csv']!.split('\r\n')).toEqual([
      '\uFEFFid,term,forms,definition,source1,quote1,note1',
      'invoke,invoke,invokes; invoked,To use a power that a law gives.,ref,,The Act gives a president that power.',
      '',
    ]);
    expect(files['comparisons.csv']!.split('\r\n')).toEqual([
      '\uFEFFid,topic,verdict,summary,source1,quote1,note1',
      'meeting-day,The day they met,one-only,"Only the report gives the day, as a Monday.",report,on Monday,',
      '',
    ]);
  });

  it('reads back the mini story it wrote, deep-equal', () => {
    const result = read(filesOf(miniStory()));
    expect(result.ok && result.story).toStrictEqual(miniStory());
  });

  it('reads an uncertain end as written, and yes and no in any of their words', () => {
    const approximateOf = (cell: string) => {
      const files = filesOf(withExtras());
      files['events.csv'] = files['events.csv']!.replace(
        '2025-03,2025-04,end,',
        `2025-03,2025-04,${cell},`,
      );
      const result = read(files);
      return result.ok ? result.story.events[2]!.date.approximate : result.errors;
    };
    expect(
      ['start', 'end', 'End', ' START ', 'true', 'yes', 'x', 'false', 'no', ''].map(approximateOf),
    ).toEqual(['start', 'end', 'end', 'start', true, true, true, false, false, undefined]);
  });

  it('reads back a time, an order, an uncertain end, a term and a comparison, deep-equal', () => {
    const files = filesOf(withExtras());
    expect(files['events.csv']!.split('\r\n').slice(0, 4)).toEqual([
      '\uFEFFid,title,shortTitle,date,end,approximate,time,order,basis,dateNote,summary,category,entities,note,claimBy,claimDisputedBy,claimStatus,claimNote,source1,quote1,note1',
      'meeting,Ana meets Ben,,2025-04-14,,,11:00,,inferred,"The report says ""Monday"".",They met.,talks,ana; ben,,,,,,report,on Monday,',
      'act-signed,The Act signed,,1798-07-06,,,,1,reference,,The Act became law.,law,the-act,,,,,,ref,,Signed 6 July 1798.',
      'act-invoked,Ana invokes the Act,,2025-03,2025-04,end,,,stated,,Ana invoked it.,law,ana (invoker); the-act,,ana,ben,disputed,Ben disagrees.,report,in March,',
    ]);
    expect(files['terms.csv']).toBe(
      '\uFEFFid,term,forms,definition,source1,quote1,note1\r\n' +
        'invoke,invoke,invokes; invoked,To use a power that a law gives.,ref,,"Says so, of the Act."\r\n',
    );
    expect(files['comparisons.csv']).toBe(
      '\uFEFFid,topic,verdict,summary,source1,quote1,note1\r\n' +
        'meeting-day,The day they met,one-only,Only the report gives the day.,report,on Monday,\r\n',
    );
    const result = read(files);
    expect(result.ok && result.story).toStrictEqual(withExtras());
  });

  it('writes no terms.csv or comparisons.csv for a story without them, and reads none back', () => {
    const story = withExtras();
    delete story.terms;
    delete story.comparisons;
    const files = filesOf(story);
    expect(Object.keys(files)).toEqual([
      'story.csv',
      'sources.csv',
      'categories.csv',
      'entities.csv',
      'events.csv',
      'relations.csv',
    ]);
    const result = read(files);
    expect(result.ok && result.story).toStrictEqual(story);
    expect(result.ok && Object.keys(result.story)).not.toContain('terms');
  });

  it('keeps an empty glossary as a sheet of headers only, and reads it back empty', () => {
    const story = { ...miniStory(), terms: [], comparisons: [] };
    const files = filesOf(story);
    expect(files['terms.csv']).toBe('\uFEFFid,term,forms,definition,source1,quote1,note1\r\n');
    expect(files['comparisons.csv']).toBe(
      '\uFEFFid,topic,verdict,summary,source1,quote1,note1\r\n',
    );
    const result = read(files);
    expect(result.ok && result.story).toStrictEqual(story);
  });

  it('reads a term’s forms separated by semicolons or line breaks, each trimmed', () => {
    const files = filesOf(withExtras());
    files['terms.csv'] = files['terms.csv']!.replace(
      'invokes; invoked',
      '"invokes ;invoked;; to invoke, to call on\nInvoking "',
    );
    const result = read(files);
    expect(result.ok && result.story.terms![0]!.forms).toEqual([
      'invokes',
      'invoked',
      'to invoke, to call on',
      'Invoking',
    ]);
  });

  it('reads back data/story.json, deep-equal: JSON → CSV → JSON', () => {
    const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
    const result = read(filesOf(story));
    expect(result.ok && result.story).toStrictEqual(story);
  });

  it('keeps any text through the round trip: commas, quotes, semicolons, line breaks, accents (300 cases)', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
      .filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(text, text, text, (description, quote, role) => {
        const story = miniStory();
        story.entities[0]!.description = description;
        story.events[0]!.sources[0]!.quote = quote;
        // A role may hold anything but brackets (it is written "ana (role)"); the reader
        // trims a role as it trims every cell, so the role is trimmed once its brackets go
        // ("! (" once failed here, as "! ").
        story.events[2]!.entities[0]!.role = role.replace(/[()]/g, '').trim();
        const result = read(filesOf(story));
        expect(result.ok && result.story).toStrictEqual(story);
      }),
      // PROPERTY_RUNS=20000 searches harder by hand; CI keeps to 300 (about 0.1 s).
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('keeps any time, order, uncertain end, term and comparison through the round trip (300 cases)', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((s) => s.trim() === s && s !== '');
    const form = text.filter((s) => !/[;\n]/.test(s));
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(
        fc.tuple(two(23), two(59)).map(([h, m]) => `${h}:${m}`),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(true, false, 'start' as const, 'end' as const),
        fc.array(form, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('agree' as const, 'differ' as const, 'one-only' as const),
        text,
        (time, order, approximate, forms, verdict, words) => {
          const story = withExtras();
          story.events[0]!.date.time = time;
          story.events[1]!.date.order = order;
          story.events[2]!.date.approximate = approximate;
          story.terms![0]!.forms = forms;
          story.terms![0]!.definition = words;
          story.comparisons![0]!.verdict = verdict;
          story.comparisons![0]!.reports[0]!.quote = words;
          const result = read(filesOf(story));
          expect(result.ok && result.story).toStrictEqual(story);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('reads semicolon-separated sheets, as Excel writes them in much of Europe', () => {
    const result = read(withSemicolons(filesOf(miniStory())));
    expect(result.ok && result.story).toStrictEqual(miniStory());
  });

  it('reads UTF-8 bytes with or without a byte-order mark, and says when they are not UTF-8', () => {
    const files = filesOf(miniStory());
    const bytes = (text: string) => new TextEncoder().encode(text);
    const withBom = Object.entries(files).map(([name, text]) => ({ name, data: bytes(text) }));
    const withoutBom = withBom.map(({ name }) => ({ name, data: bytes(files[name]!.slice(1)) }));
    expect(sheetsToStory(withBom).ok).toBe(true);
    expect(sheetsToStory(withoutBom).ok).toBe(true);

    const latin1 = withoutBom.map((f) =>
      f.name === 'entities.csv' ? { name: f.name, data: new Uint8Array([0x69, 0x64, 0xe9]) } : f,
    );
    const result = sheetsToStory(latin1);
    expect(!result.ok && result.errors.map(describeSheetProblem)).toEqual([
      'entities.csv: the file is not UTF-8 text; save it again as "CSV UTF-8": in Excel, "CSV UTF-8 (Comma delimited)"; in LibreOffice, character set "Unicode (UTF-8)"; Google Sheets always writes UTF-8',
    ]);
  });

  it('finds each sheet by the end of its name, as Google Sheets names its downloads', () => {
    const files = filesOf(miniStory());
    const named = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [`A mini story - ${name}`, text]),
    );
    const result = read({ ...named, 'notes.csv': 'anything' });
    expect(result.ok && result.story).toStrictEqual(miniStory());
    expect(result.warnings.map(describeSheetProblem)).toEqual([
      'notes.csv: not one of the sheets (story.csv, sources.csv, categories.csv, entities.csv, events.csv, relations.csv, terms.csv, comparisons.csv, chapters.csv), so it was left out; name the file after the sheet it holds, such as events.csv',
      'A mini story - relations.csv, row 3: "ana-allied-with-ben" has neither dates nor events, so it holds throughout the story; if it did not, give it a start (and an end), or the events that show it',
    ]);
  });

  it('reads headers however they are written, and citations in any numbered columns', () => {
    const files = filesOf(miniStory());
    files['events.csv'] = files['events.csv']!.replace('dateNote', 'Date note')
      .replace('claimDisputedBy', 'claim_disputed_by')
      .replace('source1,quote1,note1', 'Source 3,Quote 3,Note 3');
    const result = read(files);
    expect(result.ok && result.story).toStrictEqual(miniStory());
  });

  it('makes a lane of each category named in events.csv when there is no categories.csv', () => {
    const files = filesOf(miniStory());
    delete files['categories.csv'];
    files['events.csv'] = files['events.csv']!.replaceAll(
      ',talks,',
      ',Talks and visits,',
    ).replaceAll(',law,', ',Law and courts,');
    const result = read(files);
    expect(result.ok && result.story.categories).toEqual([
      { id: 'talks-and-visits', label: 'Talks and visits' },
      { id: 'law-and-courts', label: 'Law and courts' },
    ]);
    expect(result.ok && result.story.events.map((e) => e.category)).toEqual([
      'talks-and-visits',
      'law-and-courts',
      'law-and-courts',
      'talks-and-visits',
    ]);
  });

  it('reports every problem of a broken set at once, with its sheet, row and column', () => {
    const files = filesOf(miniStory());
    files['story.csv'] = files['story.csv']!.replace('language,en\r\n', 'langage,en\r\n');
    files['entities.csv'] = files['entities.csv']!.replace(
      'ana,Ana,,person',
      'ana,Ana,,persn',
    ).replace(',ref,,Signed in 1798.', ',ref,,');
    files['events.csv'] = files['events.csv']!.replace('2025-04-14', 'April 14')
      .replace(',talks,', ',tlaks,')
      .replace('ana (invoker)', 'Ana (invoker)')
      .replace(',true,', ',maybe,')
      .replace('2025-03,,', '2025-03,2025-02-30,');
    files['relations.csv'] = files['relations.csv']!.replace(
      'ana-allied-with-ben,ana,allied with,ben',
      'ana-allied-with-ben,ben,allied with,ben',
    ).replace('invoked,2025-03,', 'invoked,2025-13,');
    expect(errorsOf(files)).toEqual([
      'story.csv, field language: there is no language row; add a row with language in the first column and its value in the second',
      'story.csv, row 6: "langage" is not a field of the story; did you mean "language"?',
      'entities.csv, row 2, column kind: \'persn\' is not one of person, organization, government-body, country, place, facility, law, group; did you mean "person"?',
      'entities.csv, row 4, column source1: source1 has neither quote1 nor note1; copy the words from the source into quote1, or say what it says in note1',
      "events.csv, row 2, column date: 'April 14' is not a date; write 2025-04-14",
      'events.csv, row 2, column category: unknown category "tlaks"; did you mean "talks"?',
      'events.csv, row 4, column end: "2025-02-30" does not exist: February 2025 has 28 days',
      "events.csv, row 4, column approximate: 'maybe' is not true, false, start or end; write true, false, start or end (only that end of a span is uncertain), or leave it empty",
      'events.csv, row 4, column entities: unknown entity "Ana"; did you mean "ana"?',
      'relations.csv, row 2, column start: "2025-13" has no month 13: months run from 01 to 12',
      'relations.csv, row 3, column to: a relation cannot go from an entity to itself ("ben")',
    ]);
  });

  it('places the problems of a time, an order, an uncertain end, a verdict and a report', () => {
    const files = filesOf(withExtras());
    files['events.csv'] = files['events.csv']!.replace(',11:00,', ',5:26 PM,')
      .replace(',,1,reference,', ',,first,reference,')
      .replace('2025-04,end,', '2025-04,ned,');
    files['terms.csv'] = files['terms.csv']!.replace('forms', 'form');
    files['comparisons.csv'] = files['comparisons.csv']!.replace(
      ',one-only,',
      ',one only,',
    ).replace(',report,on Monday,', ',reprot,on Monday,');
    expect(errorsOf(files)).toEqual([
      "events.csv, row 2, column time: '5:26 PM' is not a 24-hour time; write 17:26",
      "events.csv, row 3, column order: 'first' is not a whole number; write 1 for the first event of its day, 2 for the second, and so on",
      'events.csv, row 4, column approximate: \'ned\' is not true, false, start or end; did you mean "end"?',
      'terms.csv, row 1, column form: not a column of terms.csv; did you mean "forms"?',
      'comparisons.csv, row 2, column verdict: \'one only\' is not one of agree, differ, one-only; did you mean "one-only"?',
      'comparisons.csv, row 2, column source1: unknown source "reprot"; did you mean "report"?',
      'comparisons.csv, row 2, column source1: does not cite the report "report"; cite it once: a quote where it speaks to the point, a note where it is silent',
    ]);
  });

  it('says what is wrong with a time or an order the validator refuses, and where', () => {
    const files = filesOf(withExtras());
    files['events.csv'] = files['events.csv']!.replace(',11:00,', ',24:00,')
      .replace(',,1,reference,', ',,0,reference,')
      .replace('2025-03,2025-04,end,,,', '2025-03,,start,09:00,2,');
    files['comparisons.csv'] += 'meeting-day,Again,agree,Twice.,ref,,Gives the day.\r\n';
    expect(errorsOf(files)).toEqual([
      "events.csv, row 2, column time: '24:00' is not a 24-hour time; write it as 17:26: the hour from 00 to 23, a colon, the minutes",
      "events.csv, row 3, column order: '0' is not 1 or more; write 1 for the first event of its day, 2 for the second, and so on",
      'events.csv, row 4, column approximate: approximate "start" needs a span, but this date has no end; give the date an end in the end column, or write true',
      'events.csv, row 4, column time: "time" places an event within one day, but this date is not a single day; give the full day (2025-03-15) without an end, or remove it',
      'events.csv, row 4, column order: "order" places an event within one day, but this date is not a single day; give the full day (2025-03-15) without an end, or remove it',
      'comparisons.csv, row 3, column id: duplicate id "meeting-day": row 2 has it too; give each item its own id',
      'comparisons.csv, row 3, column source1: does not cite the report "report"; cite it once: a quote where it speaks to the point, a note where it is silent',
      'comparisons.csv, row 3, column source1: "ref" is not a report: a comparison cites only sources of kind "report"',
    ]);
  });

  it('names a wrong id, an unknown column, a missing column and a missing sheet once each', () => {
    const files = filesOf(miniStory());
    delete files['relations.csv'];
    files['entities.csv'] += 'Cleo Jones,Cleo,,person,,A judge.,report,Cleo said,\r\n';
    files['events.csv'] = files['events.csv']!.replace(',summary,', ',sumary,');
    files['sources.csv'] += 'report,report,Another report,,,,,Again.\r\n';
    expect(errorsOf(files)).toEqual([
      'sources.csv, row 4, column id: duplicate id "report": row 2 has it too; give each item its own id',
      "entities.csv, row 5, column id: 'Cleo Jones' is not an id; write lower-case letters and digits joined by hyphens, such as cleo-jones",
      'events.csv, column summary: there is no such column; add a column named summary to the first row',
      'events.csv, row 1, column sumary: not a column of events.csv; did you mean "summary"?',
      'relations.csv: the file is missing; add it; it may hold only its header row (see the template)',
    ]);
  });

  it('says where a quote mark is never closed, and where a cell has no column', () => {
    const files = filesOf(miniStory());
    files['entities.csv'] = files['entities.csv']!.replace(
      'ben,Ben,,person,,Another president.,report,Ben said,',
      'ben,Ben,,person,,Another president.,report,Ben said,,stray',
    );
    files['sources.csv'] = files['sources.csv']!.replace('A reference.', '"A reference.');
    expect(errorsOf(files)).toEqual([
      'sources.csv, row 3: a quote mark (") opens a cell here and is never closed; put a quote mark inside a cell as two ("") and close every quoted cell; saving the sheet again from the spreadsheet writes them right',
      'entities.csv, row 3, column J: this cell is in a column with no name in the first row; name the column in row 1, or move the cell to a named column',
    ]);
  });

  it('warns of an entity nothing mentions and a relation with neither dates nor events, apart from errors', () => {
    const story = miniStory();
    story.entities.push({
      id: 'cleo',
      name: 'Cleo',
      kind: 'person',
      description: 'A judge.',
      sources: [{ source: 'report', quote: 'Cleo said' }],
    });
    const result = read(filesOf(story));
    expect(result.ok).toBe(true);
    expect(result.warnings.map(describeSheetProblem)).toEqual([
      'entities.csv, row 5: no event or relation mentions "cleo": it stands alone in the graph and never on the timeline; name it in an event or a relation, or leave it out',
      'relations.csv, row 3: "ana-allied-with-ben" has neither dates nor events, so it holds throughout the story; if it did not, give it a start (and an end), or the events that show it',
    ]);
  });

  it('returns problems, never exceptions, for any text in any sheet (500 cases)', () => {
    const names = Object.keys(filesOf(miniStory()));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 120 }), (name, text) => {
        const result = read({ ...filesOf(miniStory()), [name]: text });
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('returns problems, never exceptions, when any cell is replaced by any text (1,000 cases)', () => {
    const files = filesOf(miniStory());
    const cells = Object.entries(files).flatMap(([name, text]) =>
      Papa.parse<string[]>(text.slice(1)).data.flatMap((row, r) =>
        row.map((_, c) => ({ name, r, c })),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...cells),
        fc.string({ maxLength: 40 }),
        ({ name, r, c }, text) => {
          const rows = Papa.parse<string[]>(files[name]!.slice(1)).data;
          rows[r]![c] = text;
          const result = read({ ...files, [name]: Papa.unparse(rows) });
          expect(result.ok || result.errors.length > 0).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
