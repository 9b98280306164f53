import { describe, expect, it } from 'vitest';
import { decodeSheet, detectDelimiter, parseSheet } from './sheets';

describe('reading a CSV file', () => {
  it.each([
    ['id,title,date\n', ','],
    ['id;title;date\r\n', ';'],
    ['"a, b";c;d\n', ';'],
    ['"a; b",c\n', ','],
    ['id\n', ','],
  ])('finds the separator of %j: %s', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('numbers rows as the spreadsheet does, skipping empty ones but not their numbers', () => {
    const { sheet, problems } = parseSheet('id;title\r\na;"one;\r\ntwo"\r\n;\r\n\r\nb;three\r\n');
    expect(problems).toEqual([]);
    expect(sheet).toEqual({
      delimiter: ';',
      header: ['id', 'title'],
      rows: [
        { row: 2, cells: ['a', 'one;\r\ntwo'] },
        { row: 5, cells: ['b', 'three'] },
      ],
    });
  });

  it('says which text is not UTF-8, and drops a byte-order mark', () => {
    expect(decodeSheet(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]))).toEqual({ text: 'id' });
    expect(decodeSheet('\uFEFFid')).toEqual({ text: 'id' });
    expect(decodeSheet(new Uint8Array([0xff, 0xfe, 0x69, 0x00]))).toMatchObject({
      message: 'the file is UTF-16 text ("Unicode text"), not UTF-8',
    });
    expect(decodeSheet(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({
      message: 'the file is not UTF-8 text',
    });
  });
});
