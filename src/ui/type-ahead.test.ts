import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldName, typeAhead, typedChar, TypeAheadBuffer, TYPE_AHEAD_PAUSE_MS } from './type-ahead';

const names = [
  'Alien Enemies Act',
  'CECOT',
  'Central bank of El Salvador',
  'Deportees held in CECOT',
  'Donald Trump',
  'El Salvador',
  'Économistes',
];

describe('type-ahead', () => {
  it.each([
    [-1, 'c', 1],
    [-1, 'ce', 1],
    [-1, 'cen', 2],
    [1, 'c', 2],
    [2, 'c', 1],
    [1, 'cc', 2],
    [1, 'ce', 1],
    [1, 'cen', 2],
    [-1, 'CE', 1],
    [-1, 'd', 3],
    [3, 'd', 4],
    [4, 'd', 3],
    [-1, 'don', 4],
    [-1, 'e', 5],
    [5, 'e', 6],
    [-1, 'eco', 6],
    [-1, 'éco', 6],
    [6, 'a', 0],
    [-1, 'z', undefined],
    [-1, 'cx', undefined],
    [-1, '', undefined],
  ] as const)('from item %s, typing "%s" reaches item %s', (from, query, to) => {
    expect(typeAhead(names, from, query)).toBe(to);
  });

  it('finds nothing in an empty list', () => {
    expect(typeAhead([], -1, 'a')).toBeUndefined();
  });

  it('always lands on a name that starts with what was typed, if there is one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 12 }),
        fc.integer({ min: -1, max: 12 }),
        fc.string({ minLength: 1, maxLength: 3 }),
        (list, from, query) => {
          const current = Math.min(from, list.length - 1);
          const to = typeAhead(list, current, query);
          const q = foldName(query);
          const prefix = [...q].every((c) => c === q[0]) ? q.slice(0, 1) : q;
          const any = q !== '' && list.some((n) => foldName(n).startsWith(prefix));
          expect(to !== undefined).toBe(any);
          if (to !== undefined) expect(foldName(list[to]!).startsWith(prefix)).toBe(true);
        },
      ),
    );
  });

  it('visits every match of a repeated letter in turn before coming back', () => {
    const seen: (number | undefined)[] = [];
    let at = -1;
    for (let i = 0; i < 4; i++) {
      at = typeAhead(names, at, 'd') ?? at;
      seen.push(at);
    }
    expect(seen).toEqual([3, 4, 3, 4]);
  });

  it('joins letters typed quickly into one query, and starts anew after a pause', () => {
    const buffer = new TypeAheadBuffer();
    expect(buffer.push('c', 0)).toBe('c');
    expect(buffer.push('e', 200)).toBe('ce');
    expect(buffer.push('n', 200 + TYPE_AHEAD_PAUSE_MS)).toBe('cen');
    expect(buffer.push('d', 201 + 2 * TYPE_AHEAD_PAUSE_MS)).toBe('d');
    expect(buffer.typing(300 + 2 * TYPE_AHEAD_PAUSE_MS)).toBe(true);
    expect(buffer.typing(202 + 3 * TYPE_AHEAD_PAUSE_MS)).toBe(false);
    expect(new TypeAheadBuffer().typing(0)).toBe(false);
  });

  it('takes a space into a query under way, and leaves it to the view otherwise', () => {
    const e = { key: ' ', ctrlKey: false, metaKey: false, altKey: false };
    expect(typedChar(e, true)).toBe(' ');
    expect(typedChar(e, false)).toBeUndefined();
    expect(typeAhead(['Trump invokes', 'Trump hosts Bukele'], -1, 'trump h')).toBe(1);
  });

  it.each([
    [{ key: 'c' }, 'c'],
    [{ key: 'C' }, 'C'],
    [{ key: 'é' }, 'é'],
    [{ key: '7' }, '7'],
    [{ key: ' ' }, undefined],
    [{ key: '+' }, undefined],
    [{ key: 'Enter' }, undefined],
    [{ key: 'c', ctrlKey: true }, undefined],
    [{ key: 'c', metaKey: true }, undefined],
    [{ key: 'c', altKey: true }, undefined],
  ])('takes %o as the typed character %s', (e, char) => {
    expect(typedChar({ ctrlKey: false, metaKey: false, altKey: false, ...e })).toBe(char);
  });
});
