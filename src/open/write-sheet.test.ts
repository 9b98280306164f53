import { describe, expect, it } from 'vitest';
import { writeSheet } from './write-sheet';

describe('a sheet as CSV text', () => {
  it('starts with a byte-order mark and ends every row, the last too, with CRLF', () => {
    expect(writeSheet(['id', 'name'], [['ana', 'Ana']])).toBe('\uFEFFid,name\r\nana,Ana\r\n');
  });

  it('writes a sheet of no rows as its header line alone', () => {
    expect(writeSheet(['id', 'name'], [])).toBe('\uFEFFid,name\r\n');
  });

  it('quotes only the cells that need it, and doubles their quote marks', () => {
    const row = ['a, b', 'say "hi"', 'two\nlines', ' padded ', 'semi;colon', 'plain', ''];
    expect(writeSheet(['x'], [row])).toBe(
      '\uFEFFx\r\n"a, b","say ""hi""","two\nlines"," padded ",semi;colon,plain,\r\n',
    );
  });
});
