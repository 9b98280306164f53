/**
 * Bytes as text for a script to carry (the packed story of the single offline file and the
 * sandboxed embed): five characters for four bytes, where base64 takes five and a third. On
 * the story and its translation, some 75 KB gzipped, that is 6 KB less, in a file whose budget
 * is 1 MB. The 85 characters are printable ASCII without any that a JavaScript string, an
 * HTML script or a template would have to escape: no quotes, backslash, backtick, dollar,
 * slash, less-than, greater-than or ampersand. A last group of k bytes (1 to 3) is written as
 * k + 1 characters, as Ascii85 does, so the text tells the length.
 */
export const BASE85_ALPHABET = [...Array(94)]
  .map((_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !`"'\\\`$/<>&`.includes(c))
  .join('');

const VALUE = new Map([...BASE85_ALPHABET].map((c, i) => [c, i]));

export function encodeBase85(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 4) {
    const k = Math.min(4, bytes.length - at);
    let n = 0;
    for (let j = 0; j < 4; j++) n = n * 256 + (j < k ? bytes[at + j]! : 0);
    const group: string[] = [];
    for (let j = 0; j < 5; j++) {
      group.unshift(BASE85_ALPHABET[n % 85]!);
      n = Math.floor(n / 85);
    }
    out += group.slice(0, k + 1).join('');
  }
  return out;
}

export function decodeBase85(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 5 === 1) throw new Error('not base85: a last group of one character');
  const out = new Uint8Array(Math.floor(text.length / 5) * 4 + Math.max(0, (text.length % 5) - 1));
  let o = 0;
  for (let at = 0; at < text.length; at += 5) {
    const chars = text.slice(at, at + 5);
    let n = 0;
    for (let j = 0; j < 5; j++) {
      // A short last group is padded with the highest digit, which rounds its bytes back up.
      const v = j < chars.length ? VALUE.get(chars[j]!) : 84;
      if (v === undefined) throw new Error(`not base85: "${chars[j]}" at ${at + j}`);
      n = n * 85 + v;
    }
    for (let j = 0; j < chars.length - 1; j++) out[o++] = Math.floor(n / 256 ** (3 - j)) % 256;
  }
  return out;
}
