import { describe, expect, it } from 'vitest';
import { buildTermMatcher, glueTerms, markTerms } from './terms';
import type { Term } from './schema';

const term = (id: string, word: string, forms?: string[]): Term => ({
  id,
  term: word,
  forms,
  definition: 'A definition.',
  sources: [{ source: 'ref', note: 'x' }],
});

const matcher = buildTermMatcher([
  term('remittances', 'remittances', ['remittance']),
  term('tro', 'temporary restraining order', ['TRO', 'temporary restraining orders']),
  term('order', 'order'),
  term('exception', 'state of exception', ['régimen de excepción']),
]);

describe('the glossary in a text', () => {
  it('marks a term whole-word, in any case, and leaves the rest as it was', () => {
    expect(markTerms('Remittances rose; remittance fees fell.', matcher)).toEqual([
      { text: 'Remittances', termId: 'remittances' },
      { text: ' rose; remittance fees fell.' },
    ]);
  });

  it('prefers the longest form, and marks each term once', () => {
    expect(
      markTerms('A temporary restraining orders, then an order, then a TRO.', matcher),
    ).toEqual([
      { text: 'A ' },
      { text: 'temporary restraining orders', termId: 'tro' },
      { text: ', then an ' },
      { text: 'order', termId: 'order' },
      { text: ', then a TRO.' },
    ]);
  });

  it('does not mark a term inside a longer word, accents included', () => {
    expect(markTerms('Disorders and ordered remittancesé.', matcher)).toEqual([
      { text: 'Disorders and ordered remittancesé.' },
    ]);
    expect(markTerms('El régimen de excepción', matcher)).toEqual([
      { text: 'El ' },
      { text: 'régimen de excepción', termId: 'exception' },
    ]);
  });

  it('gives a text without terms, or a story without a glossary, back whole', () => {
    expect(markTerms('Nothing here.', matcher)).toEqual([{ text: 'Nothing here.' }]);
    expect(markTerms('An order.', buildTermMatcher([]))).toEqual([{ text: 'An order.' }]);
    expect(markTerms('', matcher)).toEqual([{ text: '' }]);
  });

  it('treats a form with regex characters as plain text', () => {
    const m = buildTermMatcher([term('usd', 'US$ (dollars)')]);
    expect(markTerms('Paid US$ (dollars) 6m', m)).toEqual([
      { text: 'Paid ' },
      { text: 'US$ (dollars)', termId: 'usd' },
      { text: ' 6m' },
    ]);
  });
});

describe('a marked text as runs to write', () => {
  it('keeps the quotation marks and brackets that touch a term with it', () => {
    const m = buildTermMatcher([term('ps', 'protected status')]);
    expect(glueTerms(markTerms('protección ("protected status") y que', m))).toEqual([
      { text: 'protección ' },
      { before: '("', term: 'protected status', termId: 'ps', after: '")' },
      { text: ' y que' },
    ]);
  });

  it('glues nothing across a space, and keeps every character once', () => {
    const texts = ['A TRO, then an order.', 'TRO', '(TRO)', 'order order', 'no terms at all'];
    for (const text of texts) {
      const runs = glueTerms(markTerms(text, matcher));
      const written = runs
        .map((r) => ('text' in r ? r.text : r.before + r.term + r.after))
        .join('');
      expect(written).toBe(text);
    }
    expect(glueTerms(markTerms('A TRO, then', matcher))).toEqual([
      { text: 'A ' },
      { before: '', term: 'TRO', termId: 'tro', after: ',' },
      { text: ' then' },
    ]);
  });
});
