import { describe, expect, it } from 'vitest';
import { presentIn, withPresent } from './present-param';

describe('the present parameter', () => {
  it.each([
    ['?present', true],
    ['?chapter=the-fee&present', true],
    ['?present=1', true],
    ['?present=0', false],
    ['?present=false', false],
    ['?chapter=the-fee', false],
  ])('%s is %s', (search, on) => {
    expect(presentIn(search)).toBe(on);
  });

  it('is written with no value, after the other parameters, and removed alone', () => {
    expect(withPresent('?chapter=the-fee', true)).toBe('?chapter=the-fee&present');
    expect(withPresent('', true)).toBe('?present');
    expect(withPresent('?present=&chapter=the-fee', false)).toBe('?chapter=the-fee');
    expect(withPresent('?present', false)).toBe('');
  });
});
