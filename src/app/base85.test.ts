import { describe, expect, it } from 'vitest';
import { BASE85_ALPHABET, decodeBase85, encodeBase85 } from './base85';
import { seededRandom } from '../graph/random';

describe('bytes as base85 text', () => {
  it('uses 85 characters, none that a string, a script or a template escapes', () => {
    expect(BASE85_ALPHABET).toHaveLength(85);
    expect(new Set(BASE85_ALPHABET).size).toBe(85);
    expect(BASE85_ALPHABET).toMatch(/^[!#%(-.0-;=?-[\]-_a-~]+$/);
    expect(BASE85_ALPHABET.slice(0, 12)).toBe('!#%()*+,-.01');
  });

  it('writes four bytes as five characters, and a last group of k bytes as k + 1', () => {
    const [zero, one] = BASE85_ALPHABET;
    expect(encodeBase85(new Uint8Array([0, 0, 0, 0]))).toBe(zero!.repeat(5));
    expect(encodeBase85(new Uint8Array([0, 0, 0, 1]))).toBe(zero!.repeat(4) + one);
    expect(encodeBase85(new Uint8Array([0, 0, 0, 0, 0]))).toBe(zero!.repeat(7));
    expect(encodeBase85(new Uint8Array([]))).toBe('');
    // 2³² − 1 = 82·85⁴ + 23·85³ + 54·85² + 12·85 + 0: the alphabet's 82nd, 23rd, 54th, 12th
    // and first characters.
    expect(encodeBase85(new Uint8Array([255, 255, 255, 255]))).toBe('|?_2!');
  });

  it('reads back every byte string it writes, of every length up to 40', () => {
    const random = seededRandom(85);
    for (let length = 0; length <= 40; length++) {
      for (let run = 0; run < 50; run++) {
        const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
        expect(decodeBase85(encodeBase85(bytes))).toEqual(bytes);
      }
    }
    const extremes = new Uint8Array([255, 255, 255, 255, 255, 255, 255]);
    expect(decodeBase85(encodeBase85(extremes))).toEqual(extremes);
  });

  it('refuses text it did not write', () => {
    expect(() => decodeBase85('!!!!!!')).toThrow('a last group of one character');
    expect(() => decodeBase85('!!"!!')).toThrow('not base85: """ at 2');
  });
});
