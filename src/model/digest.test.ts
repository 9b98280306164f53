import { describe, expect, it } from 'vitest';
import { textDigest } from './digest';

describe('a text’s fingerprint', () => {
  it('is cyrb53, as its author publishes it, in 14 hex digits', () => {
    // bryc's published values: cyrb53('a') = 7929297801672961, and so on.
    expect(parseInt(textDigest('a'), 16)).toBe(7929297801672961);
    expect(parseInt(textDigest('b'), 16)).toBe(8684336938537663);
    expect(parseInt(textDigest('revenge'), 16)).toBe(4051478007546757);
    expect(parseInt(textDigest('revenue'), 16)).toBe(8309097637345594);
    expect(textDigest('revenge')).toBe('0e64cc3b748385');
  });

  it('tells apart texts a character apart, or with a space more', () => {
    const story = '{"title":"The Alien Enemies Act"}';
    const others = [
      '{"title":"The Alien Enemies Acts"}',
      '{"title":"The Alien Enemies act"}',
      '{"title": "The Alien Enemies Act"}',
    ];
    for (const other of others) expect(textDigest(other)).not.toBe(textDigest(story));
  });
});
